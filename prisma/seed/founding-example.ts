// The founding example: the India-US Homeland Security Dialogue, senior officials' meeting,
// New Delhi, 28 February 2024, as reported in prisma/fixtures/seed-article.txt.
// Every record is backed by a citation of the passage that supports it.
import fs from "node:fs";
import path from "node:path";
import { recordOrigins } from "../../lib/audit/origins";
import { suggestStrength } from "../../lib/outcomes/strength";
import type { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../lib/prisma-client";

export const FOUNDING_SERIES_NAME = "India-US Homeland Security Dialogue";
const ARTICLE_TITLE = "Counterterrorism, narcotics and illegal immigration in focus at India-US dialogue";

/** The article's text without the scraped page furniture (an address block, a language menu). */
export function readFoundingArticle(): string {
  const raw = fs.readFileSync(path.join(__dirname, "..", "fixtures", "seed-article.txt"), "utf8");
  const start = raw.indexOf(ARTICLE_TITLE);
  const body = raw.slice(start + ARTICLE_TITLE.length);
  return body.replace(/\s*en_USEnglish\s*$/, "").trim();
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export type TopicSpec = {
  slug: string;
  name: string;
  synonyms?: string[];
  description?: string;
  children?: TopicSpec[];
};

export const FOUNDING_TOPICS: TopicSpec[] = [
  {
    slug: "counterterrorism",
    name: "Counterterrorism",
    synonyms: ["counter-terrorism", "CT", "terrorism"],
    children: [
      {
        slug: "violent-extremism",
        name: "Violent extremism",
        synonyms: ["CVE", "countering violent extremism", "radicalisation"],
      },
      {
        slug: "terror-financing",
        name: "Terror financing",
        synonyms: ["terrorist financing", "CFT", "financing of terrorism"],
      },
    ],
  },
  {
    slug: "narcotics-trafficking",
    name: "Narcotics trafficking",
    synonyms: ["drug trafficking", "counter-narcotics", "drugs"],
    children: [{ slug: "fentanyl", name: "Fentanyl", synonyms: ["synthetic opioids", "opioids"] }],
  },
  {
    slug: "migration",
    name: "Migration",
    synonyms: ["immigration", "mobility", "migrant workers", "movement of people"],
    children: [
      {
        slug: "illegal-migration",
        name: "Illegal migration",
        synonyms: [
          "illegal immigration",
          "irregular migration",
          "irregular migrants",
          "illegal migrants",
          "small boats",
        ],
        children: [
          {
            slug: "biometric-information-sharing",
            name: "Biometric information sharing",
            synonyms: ["biometrics", "biometric data"],
          },
          {
            slug: "case-handling-30-days",
            name: "Handling cases within 30 days",
            synonyms: ["detention", "deportation", "removals"],
            description: "Handling the cases of illegal migrants, including detention and deportation, within 30 days.",
          },
        ],
      },
      {
        slug: "legal-migration",
        name: "Legal migration",
        synonyms: ["safe and legal migration", "people-to-people ties"],
        children: [{ slug: "h-1b-visas", name: "H-1B visas", synonyms: ["H1B", "work visas", "skilled worker visas"] }],
      },
    ],
  },
  {
    slug: "human-trafficking",
    name: "Human trafficking",
    synonyms: [
      "trafficking in persons",
      "TIP",
      "people smuggling",
      "people smugglers",
      "smuggling of migrants",
      "migrant smuggling",
    ],
  },
  {
    slug: "cyber-security",
    name: "Cyber security",
    synonyms: ["cybersecurity", "cyber"],
    children: [
      { slug: "phishing", name: "Phishing", synonyms: ["phishing attacks"] },
      { slug: "ransomware", name: "Ransomware", synonyms: ["cyber ransom", "cyber extortion"] },
      {
        slug: "cyber-crime",
        name: "Cyber crime",
        synonyms: ["cybercrime", "misuse of the cyber domain", "cyber fraud"],
      },
    ],
  },
  { slug: "money-laundering", name: "Money laundering", synonyms: ["AML", "anti-money laundering"] },
  {
    slug: "law-enforcement-cooperation",
    name: "Law enforcement cooperation",
    synonyms: ["police cooperation", "capacity building"],
    children: [{ slug: "law-enforcement-training", name: "Law enforcement training", synonyms: ["police training"] }],
  },
  {
    slug: "organised-crime",
    name: "Organised crime",
    synonyms: ["organized crime", "transnational organised crime", "drug cartels", "criminal gangs"],
  },
];

async function createTopics(tx: Tx, specs: TopicSpec[], parentId: number | null, ids: Map<string, number>) {
  for (const spec of specs) {
    const topic = await tx.topic.upsert({
      where: { slug: spec.slug },
      update: {},
      create: {
        slug: spec.slug,
        name: spec.name,
        synonyms: spec.synonyms ?? [],
        description: spec.description,
        parentId,
      },
    });
    ids.set(spec.slug, topic.id);
    if (spec.children) await createTopics(tx, spec.children, topic.id, ids);
  }
}

/** Loads the founding example unless it is already there. Returns false when it was. */
export async function seedFoundingExample(tx: Tx): Promise<boolean> {
  if (await tx.dialogueSeries.findFirst({ where: { name: FOUNDING_SERIES_NAME } })) return false;

  const country = async (code: string) => (await tx.country.findUniqueOrThrow({ where: { code } })).id;
  const [IN, US] = [await country("IN"), await country("US")];

  const topicIds = new Map<string, number>();
  await createTopics(tx, FOUNDING_TOPICS, null, topicIds);
  const topics = (...slugs: string[]) => slugs.map((slug) => ({ topicId: topicIds.get(slug)! }));

  const mha = await tx.organisation.create({
    data: {
      name: "Ministry of Home Affairs",
      acronym: "MHA",
      kind: "MINISTRY",
      countryId: IN,
      description: "India's Union home ministry.",
    },
  });
  const dhs = await tx.organisation.create({
    data: { name: "Department of Homeland Security", acronym: "DHS", kind: "DEPARTMENT", countryId: US },
  });
  const fletc = await tx.organisation.create({
    data: {
      name: "Federal Law Enforcement Training Centers",
      acronym: "FLETC",
      kind: "ACADEMY",
      countryId: US,
      parentId: dhs.id,
      description:
        "The US federal law enforcement training body (the source calls it the Federal Law Enforcement Training Centre).",
    },
  });
  const svpnpa = await tx.organisation.create({
    data: {
      name: "Sardar Vallabhbhai Patel National Police Academy",
      acronym: "SVPNPA",
      kind: "ACADEMY",
      countryId: IN,
      parentId: mha.id,
      description: "India's academy for Indian Police Service officers, in Hyderabad.",
    },
  });

  const bhalla = await tx.person.create({
    data: {
      name: "Ajay Bhalla",
      aliases: ["Ajay Kumar Bhalla", "A. K. Bhalla"],
      countryId: IN,
      positions: { create: { title: "Home Secretary", organisationId: mha.id } },
    },
  });
  const canegallo = await tx.person.create({
    data: {
      name: "Kristie Canegallo",
      aliases: [],
      countryId: US,
      positions: { create: { title: "Deputy Secretary of Homeland Security", acting: true, organisationId: dhs.id } },
    },
  });

  const series = await tx.dialogueSeries.create({
    data: {
      name: FOUNDING_SERIES_NAME,
      shortName: "HSD",
      description:
        "The standing India-US mechanism on homeland security, with sub-groups on specific areas of law enforcement cooperation.",
      parties: { create: [{ countryId: IN }, { countryId: US }] },
    },
  });

  const meeting = await tx.dialogue.create({
    data: {
      seriesId: series.id,
      title: "India-US Homeland Security Dialogue: senior officials' meeting, New Delhi",
      level: "SENIOR_OFFICIALS",
      status: "HELD",
      startDate: day("2024-02-28"),
      startPrecision: "DAY",
      venueCity: "New Delhi",
      venueCountryId: IN,
      summary:
        "Reviewed cooperation in counterterrorism, narcotics trafficking (notably fentanyl), illegal and legal migration, " +
        "cyber security and money laundering. A Memorandum of Cooperation on law enforcement training was signed; " +
        "a memorandum on countering narcotics trafficking is being negotiated. The next round will be held in Washington. " +
        "The Nikhil Gupta case did not figure in the dialogue.",
      topics: {
        create: topics(
          "counterterrorism",
          "violent-extremism",
          "narcotics-trafficking",
          "fentanyl",
          "illegal-migration",
          "biometric-information-sharing",
          "case-handling-30-days",
          "legal-migration",
          "h-1b-visas",
          "human-trafficking",
          "cyber-security",
          "phishing",
          "ransomware",
          "cyber-crime",
          "money-laundering",
          "terror-financing",
          "law-enforcement-training",
          "law-enforcement-cooperation",
          "organised-crime",
        ),
      },
    },
  });
  const nextRound = await tx.dialogue.create({
    data: {
      seriesId: series.id,
      announcedById: meeting.id,
      title: "India-US Homeland Security Dialogue: next senior officials' meeting, Washington",
      level: "SENIOR_OFFICIALS",
      status: "PLANNED",
      startDate: null,
      startPrecision: "YEAR",
      venueCity: "Washington",
      venueCountryId: US,
      summary:
        "Both sides agreed to hold the next round of the senior officials' dialogue in Washington; no date announced.",
    },
  });

  const indianChair = await tx.participation.create({
    data: {
      dialogueId: meeting.id,
      personId: bhalla.id,
      organisationId: mha.id,
      countryId: IN,
      role: "CO_CHAIR",
      statedTitle: "Home Secretary",
      note: "Led the Indian side.",
    },
  });
  const usChair = await tx.participation.create({
    data: {
      dialogueId: meeting.id,
      personId: canegallo.id,
      organisationId: dhs.id,
      countryId: US,
      role: "CO_CHAIR",
      statedTitle: "Acting Deputy Secretary, Department of Homeland Security",
      isActing: true,
      note: "Headed the US delegation.",
    },
  });
  const coChairs = [{ participationId: indianChair.id }, { participationId: usChair.id }];

  const trainingMoc = await tx.agreement.create({
    data: {
      title: "Memorandum of Cooperation on Law Enforcement Training (FLETC-SVPNPA)",
      kind: "MEMORANDUM_OF_COOPERATION",
      legallyBinding: false,
      status: "SIGNED",
      statusChangedAt: day("2024-02-28"),
      signedDate: day("2024-02-28"),
      signedPrecision: "DAY",
      dialogueId: meeting.id,
      summary:
        "Law enforcement training cooperation between the US Federal Law Enforcement Training Centers and India's " +
        "Sardar Vallabhbhai Patel National Police Academy.",
      parties: { create: [{ countryId: IN }, { countryId: US }] },
      signatories: {
        create: [
          { organisationId: fletc.id, countryId: US },
          { organisationId: svpnpa.id, countryId: IN },
        ],
      },
      topics: { create: topics("law-enforcement-training") },
      statusHistory: {
        create: {
          status: "SIGNED",
          date: day("2024-02-28"),
          precision: "DAY",
          note: "Signed at the close of the dialogue.",
        },
      },
    },
  });
  const narcoticsMoc = await tx.agreement.create({
    data: {
      title: "Memorandum of Cooperation on Countering Narcotics Trafficking",
      kind: "MEMORANDUM_OF_COOPERATION",
      legallyBinding: false,
      status: "UNDER_NEGOTIATION",
      statusChangedAt: day("2024-02-28"),
      dialogueId: meeting.id,
      summary:
        "Joint work on narcotics trafficking, including joint monitoring of the supply of fentanyl; the sides are looking to finalise it.",
      parties: { create: [{ countryId: IN }, { countryId: US }] },
      topics: { create: topics("narcotics-trafficking", "fentanyl") },
      statusHistory: {
        create: {
          status: "UNDER_NEGOTIATION",
          date: day("2024-02-28"),
          precision: "DAY",
          note: "Reported as being finalised.",
        },
      },
    },
  });

  // Each outcome's strength is the one its words suggest, as when an analyst leaves it blank.
  const outcome = (data: Omit<Prisma.OutcomeUncheckedCreateInput, "dialogueId">) =>
    tx.outcome.create({
      data: { dialogueId: meeting.id, strength: suggestStrength(data.text, data.kind, Boolean(data.dueDate)), ...data },
    });
  const signed = await outcome({
    kind: "AGREEMENT_SIGNED",
    text: "Signed a Memorandum of Cooperation on law enforcement training between the US Federal Law Enforcement Training Centers and India's Sardar Vallabhbhai Patel National Police Academy.",
    topics: { create: topics("law-enforcement-training") },
    agreements: { create: { agreementId: trainingMoc.id } },
    participants: { create: coChairs },
  });
  const reviewed = await outcome({
    kind: "DISCUSSION",
    text: 'Reviewed ongoing work in counter-terrorism and security, a "key pillar" of the strategic partnership, and discussed steps to bolster efforts against terror, violent extremism, drug trafficking and organised crime.',
    topics: { create: topics("counterterrorism", "violent-extremism", "narcotics-trafficking", "organised-crime") },
  });
  const fentanyl = await outcome({
    kind: "DISCUSSION",
    text: "Discussed US efforts to restrict access to fentanyl; cooperation could include joint monitoring of the supply of the drug, building on India's monitoring system.",
    topics: { create: topics("fentanyl", "narcotics-trafficking") },
  });
  const finalise = await outcome({
    kind: "NEXT_STEP",
    followUpStatus: "OPEN",
    text: "Finalise a memorandum of cooperation on countering narcotics trafficking.",
    topics: { create: topics("narcotics-trafficking", "fentanyl") },
    agreements: { create: { agreementId: narcoticsMoc.id } },
  });
  const migration = await outcome({
    kind: "DISCUSSION",
    text: "Looked at ways to speed up tackling illegal migration (Mexico, El Salvador and India being the top three source countries), including sharing biometric information and handling all cases, including detention and deportation, within 30 days.",
    topics: { create: topics("illegal-migration", "biometric-information-sharing", "case-handling-30-days") },
  });
  const legal = await outcome({
    kind: "STATEMENT",
    text: "Reaffirmed the commitment to strengthening people-to-people ties by enabling safe and legal migration and countering illegal migration and human trafficking; steps taken to facilitate travel by H-1B visa holders and their families.",
    topics: { create: topics("legal-migration", "h-1b-visas", "illegal-migration", "human-trafficking") },
  });
  const cyber = await outcome({
    kind: "DISCUSSION",
    text: "Cyber security: measures to counter phishing attacks and cyber ransom demands on private companies, and to exchange information on criminal gangs.",
    topics: { create: topics("cyber-security", "phishing", "ransomware", "organised-crime") },
  });
  const laundering = await outcome({
    kind: "DISCUSSION",
    text: "Discussed ways to counter money laundering, cyber-crimes and misuse of the cyber domain for illegal activities, including terror financing.",
    topics: { create: topics("money-laundering", "cyber-crime", "terror-financing") },
  });
  const consolidate = await outcome({
    kind: "COMMITMENT",
    followUpStatus: "OPEN",
    text: "Consolidate collaboration between law enforcement agencies through exchange of information, capacity building, technical assistance and regular meetings of the sub-groups under the dialogue.",
    topics: { create: topics("law-enforcement-cooperation") },
    participants: { create: coChairs },
  });
  const nextRoundOutcome = await outcome({
    kind: "COMMITMENT",
    followUpStatus: "OPEN",
    text: "Hold the next round of the senior officials' dialogue in Washington.",
    participants: { create: coChairs },
  });

  await tx.link.createMany({
    data: [
      {
        fromType: "OUTCOME",
        fromId: nextRoundOutcome.id,
        relation: "LED_TO",
        toType: "DIALOGUE",
        toId: nextRound.id,
        note: "The planned round.",
      },
      { fromType: "DIALOGUE", fromId: nextRound.id, relation: "FOLLOWS_UP", toType: "DIALOGUE", toId: meeting.id },
      {
        fromType: "OUTCOME",
        fromId: fentanyl.id,
        relation: "LED_TO",
        toType: "AGREEMENT",
        toId: narcoticsMoc.id,
        note: "Joint monitoring of fentanyl supply is the context of the memorandum.",
      },
    ],
  });

  const article = await tx.source.create({
    data: {
      title: ARTICLE_TITLE,
      kind: "PRESS_REPORT_ANONYMOUS",
      reliability: "B",
      publishedDate: day("2024-02-28"),
      publishedPrecision: "DAY",
      body: readFoundingArticle(),
    },
  });

  // Credibility on the Admiralty scale: 2 "probably true" for what the official readout or the
  // reporter states; 3 "possibly true" for what anonymous people familiar with the matter said.
  type Cite = {
    recordType: Prisma.CitationCreateManyInput["recordType"];
    recordId: number;
    quote: string;
    credibility: number;
    note?: string;
  };
  const cites: Cite[] = [
    {
      recordType: "DIALOGUE",
      recordId: meeting.id,
      credibility: 2,
      quote:
        "Cooperation in counterterrorism, narcotics trafficking and illegal immigration figured in India-US senior officials’ homeland security dialogue on Wednesday",
    },
    {
      recordType: "PARTICIPATION",
      recordId: indianChair.id,
      credibility: 2,
      quote: "The Indian side at the dialogue was led by home secretary Ajay Bhalla",
    },
    {
      recordType: "PARTICIPATION",
      recordId: usChair.id,
      credibility: 2,
      quote:
        "the US delegation was headed by Kristie Canegallo, acting deputy secretary in the department of homeland security",
    },
    {
      recordType: "AGREEMENT",
      recordId: trainingMoc.id,
      credibility: 2,
      quote:
        "The dialogue concluded with signing a memorandum of cooperation on law enforcement training between the US Federal Law Enforcement Training Centre and India’s Sardar Vallabhbhai Patel National Police Academy.",
    },
    {
      recordType: "OUTCOME",
      recordId: signed.id,
      credibility: 2,
      quote: "with the two sides signing a memorandum of cooperation on law enforcement training",
    },
    {
      recordType: "OUTCOME",
      recordId: reviewed.id,
      credibility: 2,
      quote:
        "They discussed steps that can be taken to bolster bilateral efforts to combat terror, violent extremism, drug trafficking and organised crime.",
      note: "Per the Union home ministry's readout.",
    },
    {
      recordType: "OUTCOME",
      recordId: fentanyl.id,
      credibility: 3,
      quote: "discussions focused on US efforts to restrict access to fentanyl, the powerful synthetic opioid",
      note: "People familiar with the matter, on condition of anonymity.",
    },
    {
      recordType: "AGREEMENT",
      recordId: narcoticsMoc.id,
      credibility: 3,
      quote:
        "In this context, the two sides are looking to finalise a memorandum of cooperation on countering narcotics trafficking.",
      note: "People familiar with the matter.",
    },
    {
      recordType: "OUTCOME",
      recordId: finalise.id,
      credibility: 3,
      quote: "the two sides are looking to finalise a memorandum of cooperation on countering narcotics trafficking",
    },
    {
      recordType: "OUTCOME",
      recordId: migration.id,
      credibility: 3,
      quote:
        "One of the measures being looked at to tackle this issue is sharing biometric information since many illegal migrants get rid of their travel documents",
    },
    {
      recordType: "OUTCOME",
      recordId: migration.id,
      credibility: 3,
      quote:
        "The issue of handling the cases of all illegal migrants, including detention and deportation, within 30 days also figured in the talks",
    },
    {
      recordType: "OUTCOME",
      recordId: legal.id,
      credibility: 2,
      quote:
        "the two sides reaffirmed their commitment to strengthening people-to-people ties by taking steps to enable safe and legal migration and to counter illegal migration and human trafficking",
    },
    {
      recordType: "OUTCOME",
      recordId: cyber.id,
      credibility: 3,
      quote: "especially measures to counter phishing attacks and demands for cyber ransom from private companies",
    },
    {
      recordType: "OUTCOME",
      recordId: laundering.id,
      credibility: 2,
      quote:
        "the two sides discussed ways to counter money laundering, cyber-crimes and misuse of the cyber domain for illegal activities, including terror financing",
    },
    {
      recordType: "OUTCOME",
      recordId: consolidate.id,
      credibility: 2,
      quote:
        "They reiterated their interest in consolidating collaboration between law enforcement agencies through exchange of information, capacity building, technical assistance and regular meetings of sub-groups",
    },
    {
      recordType: "OUTCOME",
      recordId: nextRoundOutcome.id,
      credibility: 2,
      quote: "Both sides agreed to hold the next round of the senior officials’ dialogue in Washington.",
    },
    {
      recordType: "DIALOGUE",
      recordId: nextRound.id,
      credibility: 2,
      quote: "Both sides agreed to hold the next round of the senior officials’ dialogue in Washington.",
    },
  ];
  await tx.citation.createMany({ data: cites.map((cite) => ({ sourceId: article.id, ...cite })) });
  await recordOrigins(tx, "seed");
  return true;
}
