import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { extractDraft } from "./extract";
import { draftJsonSchema } from "./draft-json-schema";
import { findFurniture } from "./furniture";
import { prepareText } from "./text";
import { decodeText, isEnglish, readUpload, reflowLines, UnreadableInput } from "./read-file";
import { readHtml } from "./read-html";
import { buildGazetteer } from "./gazetteer";
import { corpus, corpusGazetteer } from "@/test/capture/corpus";

const gazetteer = corpusGazetteer();
const founding = fs.readFileSync(path.join(process.cwd(), "prisma/fixtures/seed-article.txt"), "utf8");
const draftOf = (content: string, published: string | null = "2024-02-29") =>
  extractDraft({ content, published }, gazetteer);

describe("the draft of the founding article", () => {
  const draft = draftOf(founding);
  const quoted = (e: { start: number; end: number }) => draft.source.text.slice(e.start, e.end);

  it("proposes the meeting: 28 February 2024 (the Wednesday before publication), New Delhi, held, senior officials", () => {
    expect(draft.meeting).toMatchObject({
      start: "2024-02-28",
      precision: "DAY",
      city: "New Delhi",
      country: "IN",
      status: "HELD",
      level: "SENIOR_OFFICIALS",
    });
    expect(quoted(draft.meeting.parts.date!.evidence[0]!)).toBe("on Wednesday");
  });

  it("names both co-chairs with their titles as stated, the acting flag and their sides", () => {
    expect(draft.participants.map(({ name, title, acting, country }) => ({ name, title, acting, country }))).toEqual([
      { name: "Ajay Bhalla", title: "home secretary", acting: false, country: "IN" },
      { name: "Kristie Canegallo", title: "acting deputy secretary", acting: true, country: "US" },
    ]);
    expect(draft.participants[1]!.organisation).toBe("department of homeland security");
  });

  it("reads both memoranda with their statuses and the signatories of the signed one", () => {
    expect(draft.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["MEMORANDUM_OF_COOPERATION", "law enforcement training", "SIGNED"],
      ["MEMORANDUM_OF_COOPERATION", "countering narcotics trafficking", "UNDER_NEGOTIATION"],
    ]);
    expect(draft.agreements[0]!.signatories).toEqual([
      "Federal Law Enforcement Training Centre",
      "Sardar Vallabhbhai Patel National Police Academy",
    ]);
  });

  it("announces the next round in Washington", () => {
    expect(draft.nextRound).toMatchObject({ city: "Washington", country: "US" });
  });

  it("never takes evidence from page furniture, and every span quotes the stored text", () => {
    const furniture = draft.source.furniture.map(quoted);
    expect(furniture).toEqual(
      expect.arrayContaining([
        "Physical Address",
        "304 North Cardinal St.",
        "Dorchester Center, MA 02124",
        "en_USEnglish",
      ]),
    );
    const facts = [
      draft.series!,
      draft.meeting,
      ...draft.participants,
      ...draft.themes,
      ...draft.agreements,
      ...draft.outcomes,
      draft.nextRound!,
    ];
    for (const fact of facts)
      for (const e of fact.evidence) {
        expect(e.end).toBeGreaterThan(e.start);
        expect(draft.source.furniture.some((f) => e.start < f.end && e.end > f.start)).toBe(false);
      }
  });

  it("gives what anonymous people said a weaker credibility than the readout's own words", () => {
    const fentanyl = draft.themes.find((t) => t.slug === "fentanyl")!;
    const counterterrorism = draft.themes.find((t) => t.slug === "counterterrorism")!;
    expect(fentanyl.credibility).toBe(4);
    expect(counterterrorism.credibility).toBeLessThan(4);
  });

  it("skips a matter the text says did not come up", () => {
    // "The issue of Nikhil Gupta … didn't figure in the dialogue": no theme is read from that sentence.
    const sentence = founding.indexOf("The issue of Nikhil Gupta");
    expect(draft.themes.every((t) => t.evidence.every((e) => e.start < sentence || e.start > sentence + 200))).toBe(
      true,
    );
  });

  it("follows the published JSON Schema", () => {
    const schema = JSON.parse(
      fs.readFileSync(path.join(process.cwd(), "public/schemas/parley-draft-v1.schema.json"), "utf8"),
    );
    expect(schema).toEqual(draftJsonSchema());
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    // Every dev text is drafted and validated: some seconds on a busy machine.
    for (const text of corpus("dev")) {
      const d = extractDraft({ content: text.content, published: text.published }, gazetteer);
      expect(validate(JSON.parse(JSON.stringify(d))), JSON.stringify(validate.errors)).toBe(true);
    }
  }, 30_000);
});

describe("dates, places and tense", () => {
  it("reads a range, a two-day meeting that concluded, and a planned meeting", () => {
    expect(
      draftOf(
        "From February 27 to February 29, 2024, officials of India and the United States held the Homeland Security Dialogue in New Delhi.",
      ).meeting,
    ).toMatchObject({ start: "2024-02-27", end: "2024-02-29" });
    expect(
      draftOf("The two-day dialogue between India and Japan concluded on Tuesday in Tokyo.", "2025-05-14").meeting,
    ).toMatchObject({ start: "2025-05-12", end: "2025-05-13", status: "HELD" });
    expect(
      draftOf("The dialogue is scheduled to be held in Ottawa on October 6 and 7, 2025.", "2025-09-22").meeting,
    ).toMatchObject({ start: "2025-10-06", end: "2025-10-07", status: "PLANNED" });
  });

  it("takes the venue from a dateline when no sentence names it", () => {
    expect(
      draftOf("MANILA — The two delegations met on Tuesday and discussed fisheries.", "2025-06-18").meeting,
    ).toMatchObject({ city: "Manila", country: "PH" });
  });

  it("anchors weekdays to publication by the tense of their own clause, and reads a pair of weekdays as a range", () => {
    // 9 March 2026 is a Monday: "will visit … on Monday and Tuesday" is the week after.
    expect(
      draftOf(
        "ATHENS, 9 March 2026 — The minister of Greece will visit Cairo on Monday and Tuesday for the Egypt-Greece Strategic Dialogue, the ministry said.",
        "2026-03-09",
      ).meeting,
    ).toMatchObject({ start: "2026-03-16", end: "2026-03-17", city: "Cairo", status: "PLANNED" });
    // The dateline's date and city are where the text was filed, not the meeting's.
    expect(
      draftOf(
        "MANILA, Nov 3 (Wire) - Officials of Japan and the Philippines met here on Monday for talks.",
        "2025-11-05",
      ).meeting,
    ).toMatchObject({ start: "2025-11-03", city: "Manila", country: "PH" });
  });

  it("puts a meeting that met “here” in the dateline's city, even with another city named", () => {
    const d = draftOf(
      "MEXICO CITY (Wire) — Officials of Mexico and the United States met here on Thursday to discuss shipments bound for Houston.",
      "2025-09-12",
    );
    expect(d.meeting).toMatchObject({ start: "2025-09-11", city: "Mexico City", country: "MX" });
    expect(d.meeting.parts.venue?.rule).toBe("venue.here");
  });

  it("gives names joined by “and” the side named after them, and keeps ranks out of titles", () => {
    const d = draftOf(
      "Vice Minister of Foreign Affairs Kim Min-jae and Vice Minister of Defense Lee Soo-bin of the Republic of Korea, and Deputy Minister of Defence Senior Lieutenant General Pham Van Long and Deputy Minister of Foreign Affairs Do Thi Lan of Viet Nam attended the dialogue.",
      "2024-11-22",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country, p.organisation, p.honorific ?? null])).toEqual([
      ["Kim Min-jae", "Vice Minister of Foreign Affairs", "KR", null, null],
      ["Lee Soo-bin", "Vice Minister of Defense", "KR", null, null],
      ["Pham Van Long", "Deputy Minister of Defence", "VN", null, "Senior Lieutenant General"],
      ["Do Thi Lan", "Deputy Minister of Foreign Affairs", "VN", null, null],
    ]);
  });

  it("does not pass a side named after a guest back to the host", () => {
    const d = draftOf(
      "President Thabo Nkosi will host President Ibrahim Adewale of the Federal Republic of Nigeria for the Bi-National Commission in Pretoria.",
      "2026-03-02",
    );
    expect(d.participants.map((p) => [p.name, p.country])).toEqual([
      ["Thabo Nkosi", null],
      ["Ibrahim Adewale", "NG"],
    ]);
  });

  it("reads an organisation's possessive as the organisation, a country's as the side", () => {
    const d = draftOf(
      "The American side was led by the State Department's sanctions coordinator, Ambassador Ruth Adler, in the dialogue with Pakistan.",
    );
    expect(d.participants[0]).toMatchObject({
      name: "Ruth Adler",
      title: "sanctions coordinator",
      organisation: "State Department",
      honorific: "Ambassador",
    });
  });

  it("names a series by two multi-word countries, and takes the two joined by “and” when more are named", () => {
    expect(
      draftOf("Officials held the 2nd Republic of Korea-Viet Nam Maritime Dialogue in Hanoi.").series,
    ).toMatchObject({
      name: "Republic of Korea-Viet Nam Maritime Dialogue",
      parties: ["KR", "VN"],
    });
    expect(
      draftOf("France and Nigeria discussed the Lake Chad basin at the third session of their strategic dialogue.")
        .series,
    ).toMatchObject({ parties: ["FR", "NG"] });
  });

  it("reads a capitalised agreement's name, ends a subject at “and said”, and skips one signed before", () => {
    const d = draftOf(
      "The two sides are negotiating a General Security of Military Information Agreement. They signed a letter of intent on port security and said talks would go on. They welcomed the Defence Cooperation Agreement signed last year.",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["AGREEMENT", "General Security of Military Information", "UNDER_NEGOTIATION"],
      ["LETTER_OF_INTENT", "port security", "SIGNED"],
    ]);
  });

  it("takes the next round's country when no city is named", () => {
    expect(
      draftOf("India and Australia agreed to hold the next 2+2 Ministerial Dialogue in Australia in 2026.").nextRound,
    ).toMatchObject({ city: null, country: "AU" });
    expect(draftOf("The two sides agreed to hold the 3rd dialogue in Seoul in 2026.").nextRound).toMatchObject({
      city: "Seoul",
      country: "KR",
    });
  });

  it("reads “later this month” as the month, and never takes when something was said for the meeting's date", () => {
    const d = draftOf(
      "Pakistan and China will hold their strategic dialogue in Beijing later this month, officials said on Wednesday.",
      "2025-08-06",
    );
    expect(d.meeting).toMatchObject({ start: "2025-08-01", precision: "MONTH", status: "PLANNED" });
  });

  it("tells the next round by its ordinal from the round the text is about", () => {
    const opening = "Pakistan and China will hold the fifth round of their Strategic Dialogue in Beijing. ";
    const filler = "The ministers are expected to discuss trade, energy and the economic corridor at length. ";
    expect(
      draftOf(opening + filler + "It will be the second phase of the corridor.", "2025-08-06").nextRound,
    ).toBeNull();
    expect(
      draftOf(
        "The second meeting of the Argentina-Chile Binational Security Committee was held in Buenos Aires. " +
          filler +
          "The committee will hold its third meeting in Santiago in 2026.",
        "2025-05-17",
      ).nextRound,
    ).toMatchObject({ city: "Santiago", country: "CL" });
  });

  it("keeps a leading demonym out of a title, a place out of organisations, and a city-state's possessive out of venues", () => {
    const d = draftOf(
      "Minister of Foreign Affairs Aroha Pirini welcomed Singapore's Minister for Foreign Affairs Lim Wei Jie to Wellington on 14 October 2025 for the Consultations. Secretary of State Marcus Dellinger met Philippine Defense Secretary Ramon Villacorta at Camp Aguinaldo.",
      "2025-10-15",
    );
    expect(d.meeting).toMatchObject({ city: "Wellington", country: "NZ" });
    expect(d.participants.map((p) => [p.name, p.title, p.country, p.organisation])).toEqual([
      ["Aroha Pirini", "Minister of Foreign Affairs", null, null], // no series here to tell her side by elimination
      ["Lim Wei Jie", "Minister for Foreign Affairs", "SG", null],
      ["Marcus Dellinger", "Secretary of State", null, null],
      ["Ramon Villacorta", "Defense Secretary", "PH", null],
    ]);
  });

  it("reads an exchange of notes, and a series named a Committee or a Commission for something", () => {
    expect(
      draftOf("The ministers signed an Exchange of Notes concerning defence equipment.").agreements[0],
    ).toMatchObject({
      kind: "EXCHANGE_OF_NOTES",
      subject: "defence equipment",
      status: "SIGNED",
    });
    expect(
      draftOf("The 19th Malaysia-Indonesia Joint Commission for Bilateral Cooperation will be held in Kuala Lumpur.")
        .series,
    ).toMatchObject({ name: "Malaysia-Indonesia Joint Commission for Bilateral Cooperation" });
  });

  it("finds co-chairs in a sentence about the meeting whatever its verb, and splits a portfolio from a name", () => {
    const held = draftOf(
      "External Affairs Minister Vikram Sethi of India and Minister for Foreign Affairs Aiko Tanabe of Japan held the Third India-Japan Strategic Dialogue in New Delhi on 20 August 2025.",
    );
    expect(held.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Vikram Sethi", "External Affairs Minister", "IN"],
      ["Aiko Tanabe", "Minister for Foreign Affairs", "JP"],
    ]);
    const signed = draftOf(
      "Canadian Minister of Energy and Natural Resources Jonathan Pryor and German Economy Minister Katrin Vogel signed a joint declaration on hydrogen.",
    );
    expect(signed.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Jonathan Pryor", "Minister of Energy and Natural Resources", "CA"],
      ["Katrin Vogel", "Economy Minister", "DE"],
    ]);
  });

  it("keeps a country after the title as the side, a clause earlier out of it, and a title set off by commas", () => {
    const council = draftOf(
      "The Council met in Athens under the co-chairmanship of the Prime Minister of the Hellenic Republic, Andreas Kalogeropoulos, and the President of the Republic of Türkiye, Mehmet Aydın.",
    );
    expect(council.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Andreas Kalogeropoulos", "Prime Minister", "GR"],
      ["Mehmet Aydın", "President", "TR"],
    ]);
    const summit = draftOf(
      "Migrants would be returned to France, as Prime Minister Eleanor Hart hosted French President Julien Marchetti for the UK-France Summit.",
    );
    expect(summit.participants[0]).toMatchObject({ name: "Eleanor Hart", title: "Prime Minister", country: "GB" });
    const group = draftOf(
      "The meeting was co-chaired by Rebecca Lindqvist, First Assistant Secretary, Counter-Terrorism Coordination, of the Department of Home Affairs, and Brigadier General Agus Santoso, Director for International Cooperation.",
    );
    expect(group.participants.map((p) => [p.name, p.title, p.organisation, p.honorific ?? null])).toEqual([
      [
        "Rebecca Lindqvist",
        "First Assistant Secretary, Counter-Terrorism Coordination",
        "Department of Home Affairs",
        null,
      ],
      ["Agus Santoso", "Director for International Cooperation", null, "Brigadier General"],
    ]);
  });

  it("reads a delegation given as a list, with the side its heading names", () => {
    const d = draftOf(
      [
        "The two countries held the third meeting of the U.S.-Mexico Security Implementation Group in Washington on February 10.",
        "The Mexican delegation was led by:",
        "- Undersecretary for North America Roberto Salinas Pérez, Secretariat of Foreign Affairs",
        "- Head of the Intelligence Unit Gabriela Montes",
        "",
        "The delegations discussed arms trafficking.",
      ].join("\n"),
    );
    expect(d.series).toMatchObject({ name: "U.S.-Mexico Security Implementation Group", parties: ["MX", "US"] });
    expect(d.participants.map((p) => [p.name, p.title, p.organisation, p.country])).toEqual([
      ["Roberto Salinas Pérez", "Undersecretary for North America", "Secretariat of Foreign Affairs", "MX"],
      ["Gabriela Montes", "Head of the Intelligence Unit", null, "MX"],
    ]);
  });

  it("keeps names with an inner capital, titles with brackets, and sides said after the title", () => {
    const d = draftOf(
      "The Indian delegation was led by Joint Secretary (Counter Terrorism) Meera Krishnan, and New Zealand by Defence Minister Julia McAllister. They met Mr. Hiroki Sato, Minister for Foreign Affairs of Japan, and Emmanuel Lacroix, diplomatic adviser to the French President.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Meera Krishnan", "Joint Secretary (Counter Terrorism)", "IN"],
      ["Julia McAllister", "Defence Minister", "NZ"],
      ["Hiroki Sato", "Minister for Foreign Affairs", "JP"],
      ["Emmanuel Lacroix", "diplomatic adviser to the French President", "FR"],
    ]);
  });

  it("gives co-chairs joined by “and” opposite sides, and a deputy leader's title the ministers' level", () => {
    const d = draftOf(
      "The 25th Franco-German Council of Ministers was chaired by the President of the French Republic, Claire Vasseur, and the Federal Chancellor, Markus Lindner. The Commission was co-chaired by Uganda's First Deputy Prime Minister Rebecca Kadaga.",
    );
    expect(d.series).toMatchObject({ name: "Franco-German Council of Ministers", parties: ["DE", "FR"] });
    expect(d.participants.map((p) => [p.name, p.country])).toEqual([
      ["Claire Vasseur", "FR"],
      ["Markus Lindner", "DE"],
      ["Rebecca Kadaga", "UG"],
    ]);
    const deputies = draftOf("The talks were co-chaired by Deputy Prime Minister Ana Ruiz and Vice President Li Wen.");
    expect(deputies.meeting.level).toBe("MINISTERIAL");
  });

  it("reads “the next Strategic Dialogue”, a minister of state below ministerial, a declaration, and work yet to begin", () => {
    const d = draftOf(
      "Deputy Secretary of State Gregory Coleman met with Saudi Arabia's Minister of State for Foreign Affairs Faisal Al-Harbi in Riyadh. The leaders signed a declaration on nuclear cooperation and said work would begin on a treaty on the return of migrants. The two sides agreed to hold the next Strategic Dialogue in Washington.",
    );
    expect(d.meeting.level).toBe("SENIOR_OFFICIALS");
    expect(d.nextRound).toMatchObject({ city: "Washington", country: "US" });
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["JOINT_DECLARATION", "nuclear cooperation", "SIGNED"],
      ["TREATY", "return of migrants", "PROPOSED"],
    ]);
  });

  it("finds a venue that is neither a capital nor recorded, from the world's cities and from a dateline", () => {
    expect(draftOf("The Working Group met in Toulon on 3 September 2025.").meeting).toMatchObject({
      city: "Toulon",
      country: "FR",
    });
    expect(draftOf("The Working Group met in Bali on 3 September 2025.").meeting).toMatchObject({
      city: "Bali",
      country: "ID",
    });
    // One name, three countries: the one the text names.
    expect(draftOf("Australia and New Zealand held their talks in Queenstown on Saturday.").meeting).toMatchObject({
      city: "Queenstown",
      country: "NZ",
    });
    const dateline = draftOf("QUEENSTOWN, New Zealand, Aug 9 (Wire) - Ministers from two countries met on Saturday.");
    expect(dateline.meeting).toMatchObject({ city: "Queenstown", country: "NZ" });
    // A word that is also a town is not a venue unless the text says the meeting was in it.
    expect(draftOf("The ministers discussed Reading and Mobile on 3 September 2025.").meeting.city).toBeNull();
  });

  it("reads arrangements and bare memoranda, and ends a subject where a second one starts", () => {
    const d = draftOf(
      "They reviewed progress on an agreement on the exchange of classified information and on the Horizon 2047 roadmap. The ministers agreed to work towards an arrangement on the interoperability of their armed forces and to sign a memorandum on working holiday programmes.",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["AGREEMENT", "exchange of classified information", "UNDER_NEGOTIATION"],
      ["AGREEMENT", "interoperability of their armed forces", "UNDER_NEGOTIATION"],
      ["MOU", "working holiday programmes", "PROPOSED"],
    ]);
  });

  it("matches a theme in either spelling, not in an office's title", () => {
    const d = draftOf(
      "Assistant Secretary for Counterterrorism and Threat Prevention Daniel Okafor led the delegation. The delegations discussed organized crime and cooperation in cyber and space.",
    );
    const slugs = d.themes.filter((t) => !t.isNew).map((t) => t.slug);
    expect(slugs).toEqual(expect.arrayContaining(["organised-crime", "cyber-security", "space-cooperation"]));
    expect(slugs).not.toContain("counterterrorism");
  });

  it("reads documents listed under “welcomed the signing of the following documents:” as signed", () => {
    const d = draftOf(
      [
        "The leaders welcomed the signing of the following documents:",
        "a) Agreement on the Exchange and Mutual Protection of Classified Information;",
        "b) Joint Declaration of Intent on a roadmap for defence industrial cooperation;",
        "c) Memorandum of Understanding between the Indian Space Research Organisation and the German Aerospace Center on cooperation in space research.",
        "The leaders noted progress in negotiating a Treaty on Mutual Legal Assistance in Criminal Matters and directed officials to conclude it.",
        "Both sides signed a renewed Defence Cooperation Agreement and reviewed the implementation of the Joint Declaration on Maritime Cooperation.",
      ].join("\n"),
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["AGREEMENT", "Exchange and Mutual Protection of Classified Information", "SIGNED"],
      ["JOINT_DECLARATION", "roadmap for defence industrial cooperation", "SIGNED"],
      ["MOU", "cooperation in space research", "SIGNED"],
      ["TREATY", "Mutual Legal Assistance in Criminal Matters", "UNDER_NEGOTIATION"],
      ["AGREEMENT", "Defence Cooperation", "SIGNED"],
    ]);
    expect(d.agreements[2]!.signatories).toEqual(["Indian Space Research Organisation", "German Aerospace Center"]);
  });

  it("takes the dialogue named first over one named in passing, and keeps commas in its name", () => {
    const d = draftOf(
      "Officials co-chaired the 13th U.S.-Vietnam Political, Security, and Defense Dialogue in Hanoi. They reviewed the U.S.-Vietnam Comprehensive Strategic Partnership and the India-Vietnam Joint Working Group on Counter-Terrorism.",
    );
    expect(d.series?.name).toBe("U.S.-Vietnam Political, Security, and Defense Dialogue");
    const cote = draftOf(
      "The 5th Session of the Ghana-Côte d'Ivoire Joint Permanent Commission for Cooperation was held in Accra.",
    );
    expect(cote.series).toMatchObject({ parties: ["CI", "GH"] });
  });

  it("reads a title after a many-word country's possessive, a comma-set title before “Mr.”, and a place that opens the sentence", () => {
    const d = draftOf(
      "On 18 March, in Ha Noi, Deputy Minister of Foreign Affairs Nguyen Minh Hang co-chaired the dialogue with the Republic of Korea's Minister of Foreign Affairs, Park Seo-jun, and Côte d'Ivoire's Minister of State, Minister of Foreign Affairs, African Integration and the Diaspora, Mr. Léon Kouadio Yao.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Nguyen Minh Hang", "Deputy Minister of Foreign Affairs", null],
      ["Park Seo-jun", "Minister of Foreign Affairs", "KR"],
      [
        "Léon Kouadio Yao",
        "Minister of State, Minister of Foreign Affairs, African Integration and the Diaspora",
        "CI",
      ],
    ]);
    expect(d.meeting).toMatchObject({ city: "Hanoi", country: "VN" });
  });

  it("reads next rounds to which a leader was invited or that were agreed in passing, and a date said outright over “next week”", () => {
    const invited = draftOf(
      "The 8th Intergovernmental Consultations were held in New Delhi. The Chancellor invited him to hold the 9th Intergovernmental Consultations in Germany in 2028.",
    );
    expect(invited.nextRound).toMatchObject({ city: null, country: "DE" });
    const abidjan = draftOf(
      "The 5th Session met in Accra. Both sides agreed to hold the 6th Session of the Commission in Abidjan in 2027.",
    );
    expect(abidjan.nextRound).toMatchObject({ city: "Abidjan", country: "CI" });
    const planned = draftOf(
      "The Ministers will travel to Seoul next week for the meeting. They will meet Minister Park Seo-jun on 20 April.",
      "2026-04-12",
    );
    expect(planned.meeting.start).toBe("2026-04-20");
    // "an expert group" to be set up is not the level of a meeting of ministers.
    const level = draftOf("The foreign ministers agreed at their talks to set up an expert group on the boundary.");
    expect(level.meeting.level).not.toBe("WORKING_GROUP");
  });

  it("reads a preview whose past session is recalled, a day range without a year, and plural agreements", () => {
    const d = draftOf(
      [
        "ABUJA, May 2 — Nigeria and Ghana will hold the 6th session of the Nigeria-Ghana Permanent Joint Commission in Abuja from 19 to 21 May, the ministry said on Friday.",
        "The Minister of Foreign Affairs, Ambassador Yusuf Danjuma, will co-chair the session with his Ghanaian counterpart, Efua Mensah-Bonsu, a statement signed by the ministry's spokesperson said.",
        "Officials expect the two countries to sign agreements on the avoidance of double taxation and on youth development during the session.",
        "The 5th session of the commission was held in Accra in 2022.",
      ].join("\n"),
      "2025-05-02",
    );
    expect(d.meeting).toMatchObject({ start: "2025-05-19", end: "2025-05-21", city: "Abuja", status: "PLANNED" });
    expect(d.nextRound).toBeNull();
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Yusuf Danjuma", "Minister of Foreign Affairs", "NG"],
      ["Efua Mensah-Bonsu", null, "GH"],
    ]);
    expect(d.agreements.map((a) => [a.subject, a.status])).toEqual([
      ["avoidance of double taxation", "PROPOSED"],
      ["youth development", "PROPOSED"],
    ]);
  });

  it("splits an organisation from a title after a comma or “in the”, and keeps “Ambassador for …” as a title", () => {
    const d = draftOf(
      "The Indian side was co-led by Nisha Varghese, Joint Secretary (Americas), Ministry of External Affairs. Australia's Ambassador for Counter-Terrorism, Fiona Hargreaves, and India's Joint Secretary for Counter Terrorism in the Ministry of External Affairs, Alok Menon, co-chaired the meeting.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.organisation, p.country])).toEqual([
      ["Nisha Varghese", "Joint Secretary (Americas)", "Ministry of External Affairs", "IN"],
      ["Fiona Hargreaves", "Ambassador for Counter-Terrorism", null, "AU"],
      ["Alok Menon", "Joint Secretary for Counter Terrorism", "Ministry of External Affairs", "IN"],
    ]);
  });

  it("tells another meeting's next round from this one's, and reads a level from the dialogue's name", () => {
    const d = draftOf(
      "The India-U.S. 2+2 Intersessional Dialogue was held in New Delhi on 9 September 2025. They took stock of preparations for the next 2+2 Ministerial Dialogue.",
    );
    expect(d.nextRound).toBeNull();
    expect(d.meeting.level).toBe("SENIOR_OFFICIALS");
    const retreat = draftOf(
      "President Budi Santoso held the annual Singapore-Indonesia Leaders' Retreat in Bintan on 22 January 2026 with the Prime Minister of the Republic of Singapore. The Leaders agreed that the next Leaders' Retreat will be held in Singapore in 2027.",
    );
    expect(retreat.series?.name).toBe("Singapore-Indonesia Leaders' Retreat");
    expect(retreat.meeting.city).not.toBe("Singapore");
    expect(retreat.nextRound).toMatchObject({ city: "Singapore", country: "SG" });
  });

  it("reads the two countries' own name for a dialogue, decisions that are not the meeting's tense, and a hyphenated dateline", () => {
    const d = draftOf(
      "MANILA (Wire) — The Philippines and Vietnam agreed on Friday to set up a hotline and to hold joint drills after the 11th meeting of the two countries' Joint Commission on Bilateral Cooperation in Manila.",
      "2025-06-14",
    );
    expect(d.series).toMatchObject({
      name: "Philippines-Vietnam Joint Commission on Bilateral Cooperation",
      parties: ["PH", "VN"],
    });
    expect(d.meeting.status).toBe("HELD");
    const tr = draftOf("ANKARA (AA) - Turkish President Kemal Aydemir co-chaired the council in Ankara on Tuesday.");
    expect(tr.participants[0]).toMatchObject({ name: "Kemal Aydemir", title: "President", country: "TR" });
  });

  it("offers a topic named by its first word alone in a list of what was discussed", () => {
    const d = draftOf("The two ministers reviewed cooperation in trade and investment, defence, energy and health.");
    const slugs = d.themes.filter((t) => !t.isNew).map((t) => t.slug);
    expect(slugs).toEqual(
      expect.arrayContaining(["trade-and-investment", "defence-cooperation", "energy-security", "health-security"]),
    );
  });

  it("reads who spoke after a quote or after “said”, without Malay honorifics, and each side that “led the … delegation”", () => {
    const bernama = draftOf(
      "BANGKOK, July 29 (Bernama) -- Malaysia and Thailand have agreed to fast-track the Golok bridge, said Foreign Minister Datuk Seri Hakim Rahman.\nHe said it was discussed with his Thai counterpart Surasak Wongsakul at the 16th Malaysia-Thailand Joint Commission meeting here today.",
      "2025-07-29",
    );
    expect(bernama.participants.map((p) => [p.name, p.title, p.country, p.honorific ?? null])).toEqual([
      ["Hakim Rahman", "Foreign Minister", "MY", "Datuk Seri"],
      ["Surasak Wongsakul", null, "TH", null],
    ]);
    const quoted = draftOf(
      '"We have agreed that trade must resume," Kenya\'s Interior Cabinet Secretary Daniel Kiprop Mutai told reporters after the talks.',
    );
    expect(quoted.participants[0]).toMatchObject({
      name: "Daniel Kiprop Mutai",
      title: "Interior Cabinet Secretary",
      country: "KE",
    });
    const led = draftOf(
      "Under Secretary of State for Political Affairs Jonathan Mercer led the U.S. delegation, and Vice Minister of Foreign Affairs Lucía Restrepo Gaviria led the Colombian delegation.",
    );
    expect(led.participants.map((p) => [p.title, p.country])).toEqual([
      ["Under Secretary of State for Political Affairs", "US"],
      ["Vice Minister of Foreign Affairs", "CO"],
    ]);
  });

  it("reads “We, the Minister …”, a country after an organisation, and co-chairs after “as”", () => {
    const we = draftOf(
      "We, the Minister of Foreign Affairs of Canada, Anne-Marie Gagnon, and the Minister for Foreign Affairs of Japan, Haruto Kobayashi, met today in Ottawa.",
    );
    expect(we.participants.map((p) => [p.title, p.country])).toEqual([
      ["Minister of Foreign Affairs", "CA"],
      ["Minister for Foreign Affairs", "JP"],
    ]);
    const org = draftOf(
      "The dialogue was co-chaired by Ms. Cristina Ocampo-Reyes, Undersecretary for Bilateral Relations and ASEAN Affairs of the Department of Foreign Affairs of the Philippines.",
    );
    expect(org.participants[0]).toMatchObject({ organisation: "Department of Foreign Affairs", country: "PH" });
    const as = draftOf(
      "India and Brazil signed agreements on agricultural research and on linking their digital payment systems as External Affairs Minister Sanjay Kulkarni and Brazilian Foreign Minister Paulo Henrique Azevedo co-chaired the 10th meeting of the India-Brazil Joint Commission in Brasília on Tuesday.",
    );
    expect(as.participants.map((p) => [p.name, p.country])).toEqual([
      ["Sanjay Kulkarni", "IN"],
      ["Paulo Henrique Azevedo", "BR"],
    ]);
    expect(as.agreements.map((a) => a.subject)).toEqual([
      "agricultural research",
      "linking their digital payment systems",
    ]);
  });

  it("reads next rounds said as “will next meet”, “meeting again” and “the next JC meeting”, and agreements yet to be signed", () => {
    expect(draftOf("The commission will next meet in Mogadishu in 2026.").nextRound).toMatchObject({
      city: "Mogadishu",
    });
    expect(draftOf("We look forward to meeting again in Tokyo next year.").nextRound).toMatchObject({ city: "Tokyo" });
    expect(draftOf("Malaysia would host the next JC meeting in Kuala Lumpur.").nextRound).toMatchObject({
      city: "Kuala Lumpur",
    });
    const d = draftOf(
      "We will deepen cooperation, building on the Canada-Japan Security of Information Agreement. They will continue working towards the early signing of an agreement on the transfer of defence equipment.",
    );
    expect(d.agreements.map((a) => [a.subject, a.status])).toEqual([
      ["transfer of defence equipment", "UNDER_NEGOTIATION"],
    ]);
  });

  it("keeps particles in names, strips princes' and sheikhs' styles, and a country that ends a title before the name", () => {
    const d = draftOf(
      "Prime Minister Pieter van Dalen met Saudi Foreign Minister Prince Khalid bin Mansour Al Saud and Vice-Minister for Foreign Affairs of Japan Takahiro Ishikawa at the talks.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country, p.honorific ?? null])).toEqual(
      [
        ["Pieter van Dalen", "Prime Minister", null],
        ["Khalid bin Mansour Al Saud", "Foreign Minister", "SA", "Prince"],
        ["Takahiro Ishikawa", "Vice-Minister for Foreign Affairs", "JP", null],
      ].map(([n, t, c, h]) => [n, t, c, h ?? null]),
    );
    const afp = draftOf(
      "Adm. Raymond Castellano, Commander of U.S. Indo-Pacific Command, and Gen. Eduardo Villanueva, Chief of Staff of the Armed Forces of the Philippines, co-chaired the meeting.",
    );
    expect(afp.participants.map((p) => p.title)).toEqual([
      "Commander of U.S. Indo-Pacific Command",
      "Chief of Staff of the Armed Forces of the Philippines",
    ]);
  });

  it("reads a dialogue named before its countries, one whose sentence names no country, and Roman-numbered rounds", () => {
    const d = draftOf(
      "The Presidents met in the city of Iquitos on the occasion of the VIII Binational Cabinet Peru-Colombia, accompanied by ministers and senior officials.\nThe Presidents agreed that the IX Binational Cabinet will be held in Colombia in 2026.",
      "2025-09-25",
    );
    expect(d.series).toMatchObject({ name: "Peru-Colombia Binational Cabinet", parties: ["CO", "PE"] });
    expect(d.meeting.city).toBe("Iquitos");
    expect(d.nextRound).toMatchObject({ country: "CO" });
    const jpc = draftOf(
      "MAPUTO — South Africa and Mozambique have agreed to extend the deployment, officials said.\nThe decision was taken at a meeting of the Joint Permanent Commission on Defence and Security held in Maputo on Wednesday.",
      "2025-08-15",
    );
    expect(jpc.series).toMatchObject({
      name: "South Africa-Mozambique Joint Permanent Commission on Defence and Security",
      parties: ["MZ", "ZA"],
    });
    const dash = draftOf(
      "They held the third Korea-Japan Strategic Dialogue in Seoul. The fourth 2+2 consultations will take place in Tokyo.",
    );
    expect(dash.series).toMatchObject({ parties: ["JP", "KR"] });
    expect(dash.nextRound).toMatchObject({ city: "Tokyo" });
  });

  it("reads a venue from a release's header, a dateline city the text's country has, and hosts who welcomed guests", () => {
    const release = draftOf(
      "News release\nMarch 26, 2026 - Ottawa, Ontario - Public Safety Canada\nToday, the Minister of Public Safety, Élise Fournier, and the Minister of Justice and Attorney General of Canada, Raj Dhillon, welcomed U.S. Attorney General Patricia Quinlan and Secretary of Homeland Security Derek Halvorsen for the 2026 Canada-U.S. Cross-Border Crime Forum.",
      "2026-03-26",
    );
    expect(release.meeting).toMatchObject({ start: "2026-03-26", city: "Ottawa", country: "CA" });
    expect(release.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Élise Fournier", "Minister of Public Safety", "CA"],
      ["Raj Dhillon", "Minister of Justice and Attorney General", "CA"],
      ["Patricia Quinlan", "Attorney General", "US"],
      ["Derek Halvorsen", "Secretary of Homeland Security", "US"],
    ]);
    const naples = draftOf(
      "NAPLES, April 16 (Wire) - French and Italian leaders met on Thursday for the summit.",
      "2026-04-16",
    );
    expect(naples.meeting).toMatchObject({ city: "Naples", country: "IT" });
  });

  it("prefers a numbered dialogue over a meeting held with it, and reads each “the X side” after a name", () => {
    const d = draftOf(
      "Mr. Haruto Kobayashi held a Japan-Viet Nam Foreign Ministers' Meeting with the Deputy Prime Minister and Minister of Foreign Affairs of the Socialist Republic of Viet Nam, Bui Thanh Son Tuan, and co-chaired the 13th Japan-Viet Nam Cooperation Committee.",
    );
    expect(d.series?.name).toBe("Japan-Viet Nam Cooperation Committee");
    expect(d.participants.find((p) => p.name === "Bui Thanh Son Tuan")).toMatchObject({
      title: "Deputy Prime Minister and Minister of Foreign Affairs",
      country: "VN",
    });
    const sides = draftOf(
      "Foreign Adviser Mohammad Rafiqul Islam led the Bangladesh side and External Affairs Minister Sanjay Kulkarni the Indian side at the meeting.",
    );
    expect(sides.participants.map((p) => p.country)).toEqual(["BD", "IN"]);
    expect(draftOf("The 16th India-UAE Joint Commission Meeting was held in Abu Dhabi.").series?.name).toBe(
      "India-UAE Joint Commission",
    );
  });

  it("reads short adjectives of “-stan” countries, post-nominal letters, “at the invitation of”, and a capital said by its country", () => {
    const d = draftOf(
      "Kazakh President Nurlan Abenov and Uzbek President Sardor Rakhimov met in Tashkent. The UK delegation was led by Sir Jonathan Ashcombe KCMG, Permanent Under-Secretary of the Foreign, Commonwealth and Development Office.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.organisation, p.country])).toEqual([
      ["Nurlan Abenov", "President", null, "KZ"],
      ["Sardor Rakhimov", "President", null, "UZ"],
      ["Jonathan Ashcombe", "Permanent Under-Secretary", "Foreign, Commonwealth and Development Office", "GB"],
    ]);
    const visit = draftOf(
      "Prime Minister Tan will visit Malaysia at the invitation of Prime Minister Dato' Seri Anuar Hashim.",
    );
    expect(visit.participants.find((p) => p.name === "Anuar Hashim")?.title).toBe("Prime Minister");
    expect(
      draftOf("The two governments held their 13th High-Level Meeting in the Moroccan capital.").meeting,
    ).toMatchObject({
      city: "Rabat",
      country: "MA",
    });
  });

  it("reads documents signed in the sentence before, signings yet to be witnessed, and leaders only when leaders meet", () => {
    const d = draftOf(
      "The presidents signed a series of documents on Thursday. The documents included an agreement on the joint management of the basin. They are also expected to witness the signing of an agreement on the supply of raw water from Johor and a memorandum of understanding on cooperation in carbon capture and storage in the first quarter of next year.",
    );
    expect(d.agreements.map((a) => [a.subject, a.status])).toEqual([
      ["joint management of the basin", "SIGNED"],
      ["supply of raw water from Johor", "PROPOSED"],
      ["cooperation in carbon capture and storage", "PROPOSED"],
    ]);
    const pmfm = draftOf(
      "Secretary of State Marcus Dellinger and Prime Minister and Minister of Foreign Affairs Sheikh Hamad bin Jassim Al Thani convened the seventh U.S.-Qatar Strategic Dialogue.",
    );
    expect(pmfm.meeting.level).toBe("MINISTERIAL");
  });

  it("reads who represented each government, Irish names, peers and “Rt Hon”", () => {
    const d = draftOf(
      "The Irish Government was represented by the Minister for Foreign Affairs, Niamh Ó Dálaigh TD. The UK Government was represented by the Secretary of State for Northern Ireland, Rt Hon Peter Holloway MP, and the Minister of State, Baroness Fenwick of Alnmouth.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Niamh Ó Dálaigh", "Minister for Foreign Affairs", "IE"],
      ["Peter Holloway", "Secretary of State for Northern Ireland", "GB"],
      ["Baroness Fenwick of Alnmouth", "Minister of State", "GB"],
    ]);
    expect(d.participants[1]?.honorific).toBe("Rt Hon");
    const each = draftOf(
      "Chile was represented by Minister of Foreign Affairs Ana Rivas and Minister of Defence Luis Soto, and Peru by Minister of Foreign Affairs Jorge Paredes.",
    );
    expect(each.participants.map((p) => p.country)).toEqual(["CL", "CL", "PE"]);
  });

  it("keeps a leader's country in an adviser's title, reads “Ecuadorian”, and ends a portfolio at “Diplomacy”", () => {
    const d = draftOf(
      "The talks were co-chaired by Claire Dumont, Diplomatic Adviser to the President of the French Republic, and Ecuadorian Vice President Marco Salinas Vera. Joint Secretary for Cyber Diplomacy Priya Menon led the Indian delegation.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Claire Dumont", "Diplomatic Adviser to the President of the French Republic", "FR"],
      ["Marco Salinas Vera", "Vice President", "EC"],
      ["Priya Menon", "Joint Secretary for Cyber Diplomacy", "IN"],
    ]);
  });

  it("gives two co-chairs whose sides are not said the sides in the order the dialogue's name gives", () => {
    const d = draftOf(
      "The fifth Canada-Chile Security Dialogue took place in Ottawa. It was co-chaired by Director General Helen Marsh and Ambassador Rodrigo Fuentes, Director of International Security.",
    );
    expect(d.participants.map((p) => [p.name, p.country])).toEqual([
      ["Helen Marsh", "CA"],
      ["Rodrigo Fuentes", "CL"],
    ]);
  });

  it("names a series two adjectives start, in the country's own name, and ends at “Conference”", () => {
    expect(draftOf("The Anglo-Irish Intergovernmental Conference met in London.").series?.name).toBe(
      "Anglo-Irish Intergovernmental Conference",
    );
    const own = draftOf(
      "Thai and Cambodian officers met in Bangkok. Thailand and Cambodia held a meeting of their Regional Border Committee.",
    );
    expect(own.series?.name).toBe("Thailand-Cambodia Regional Border Committee");
  });

  it("dates a release's “have met” by its publication, and keeps “between their …” only where the subject needs it", () => {
    const d = draftOf(
      "Foreign Minister Ana Kete and Defence Minister Tui Vale have met their Korean counterparts in Seoul for talks on maritime security. The two sides agreed to conclude a memorandum of understanding on cyber incident response between their national agencies and a memorandum of understanding on cooperation between their coast guards.",
      "2026-05-14",
    );
    expect(d.meeting).toMatchObject({ start: "2026-05-14", precision: "DAY", status: "HELD" });
    expect(d.agreements.map((a) => a.subject)).toEqual([
      "cyber incident response",
      "cooperation between their coast guards",
    ]);
  });

  it("reads Hindi titles, “A and B represented India, and C and D represented Japan”, “ROK” and “Sri Lankan”", () => {
    const d = draftOf(
      "Home Minister Vikram Rao and Raksha Mantri Sunil Bhatt represented India, and Minister of Defense Kenji Sato and Minister for Foreign Affairs Aiko Tanaka represented Japan.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Vikram Rao", "Home Minister", "IN"],
      ["Sunil Bhatt", "Raksha Mantri", "IN"],
      ["Kenji Sato", "Minister of Defense", "JP"],
      ["Aiko Tanaka", "Minister for Foreign Affairs", "JP"],
    ]);
    const rok = draftOf(
      "The third meeting of the U.S.-ROK Extended Deterrence Working Group was co-chaired by ROK Vice Minister Han Ji-won and Sri Lankan Foreign Secretary Dilani Perera.",
    );
    expect(rok.series).toMatchObject({ name: "U.S.-ROK Extended Deterrence Working Group", parties: ["KR", "US"] });
    expect(rok.participants.map((p) => [p.title, p.country])).toEqual([
      ["Vice Minister", "KR"],
      ["Foreign Secretary", "LK"],
    ]);
  });

  it("reads subjects listed after “were exchanged”, and a next forum or consultations by their host", () => {
    const d = draftOf(
      "Three memoranda of understanding were exchanged, on the training of diplomats, on youth exchanges and on cooperation in ayurveda. Ministers agreed that the 12th Ministerial Forum will be held in Fiji in 2027.",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["MOU", "training of diplomats", "SIGNED"],
      ["MOU", "youth exchanges", "SIGNED"],
      ["MOU", "cooperation in ayurveda", "SIGNED"],
    ]);
    expect(d.agreements[0]?.title).toMatch(/^Memorandum of Understanding on Training of Diplomats$/i);
    expect(d.nextRound).toMatchObject({ city: null, country: "FJ" });
    expect(draftOf("Norway will host the next government consultations in 2027.").nextRound).toMatchObject({
      country: "NO",
    });
  });

  it("does not read a meeting's level from a joint working group it sets up", () => {
    const d = draftOf(
      "Foreign Minister Ana Rivas and Foreign Minister Jorge Paredes held the ninth meeting of the Chile-Peru Joint Commission in Lima and agreed to set up a joint working group on water.",
    );
    expect(d.meeting.level).toBe("MINISTERIAL");
  });

  it("reads “next Tuesday” forward, a venue “in the northern Italian city of …”, and “after three days of talks”", () => {
    const preview = draftOf(
      "ROME, June 3 (Wire) - Italy and Slovenia are expected to sign a rail agreement when their governments meet for intergovernmental consultations in the northern Italian city of Udine next Tuesday, officials said on Wednesday.",
      "2026-06-03",
    );
    expect(preview.meeting).toMatchObject({ start: "2026-06-09", city: "Udine", country: "IT", status: "PLANNED" });
    expect(preview.series?.name).toBe("Italy-Slovenia Intergovernmental Consultations");
    expect(preview.agreements.map((a) => a.subject)).toEqual(["rail"]);
    const ended = draftOf(
      "The fifth session of the Kenya-Ethiopia Joint Ministerial Commission ended in Nairobi on Friday after three days of talks.",
      "2026-06-06",
    );
    expect(ended.meeting).toMatchObject({ start: "2026-06-03", end: "2026-06-05" });
  });

  it("reads “Senator the Hon”, a crown prince's title before an apposition, and next rounds quoted, reported or invited", () => {
    const d = draftOf(
      "The Minister for Defence, Senator the Hon Mark Ellison, met Crown Prince Salman bin Rashid, the Kingdom's Deputy Prime Minister, in Canberra.",
    );
    expect(d.participants.map((p) => [p.name, p.title])).toEqual([
      ["Mark Ellison", "Minister for Defence"],
      ["Salman bin Rashid", "Crown Prince"],
    ]);
    const next = (text: string) => draftOf(`The fourth session of the council was held in Doha. ${text}`).nextRound;
    expect(next('The Ministers decided to hold the next "2+2" in Lisbon.')).toMatchObject({ city: "Lisbon" });
    expect(next("They agreed that the fifth session of the council would be held in Muscat next year.")).toMatchObject({
      city: "Muscat",
    });
    expect(next("The Minister invited the Secretary to hold the Fifth Ministerial Meeting in Malaysia.")).toMatchObject(
      {
        country: "MY",
      },
    );
  });

  it("reads a delegation listed as “comprised Title A, Title B and Title C”, and a surname that is a country's name", () => {
    const d = draftOf(
      "The Malaysian delegation comprised Minister of Finance Aziz Rahman, Minister for Home Affairs Nurul Huda and Minister of Transport Lee Boon Keat. The talks were led by Argentine Defence Minister Diego Chile Paz.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Aziz Rahman", "Minister of Finance", "MY"],
      ["Nurul Huda", "Minister for Home Affairs", "MY"],
      ["Lee Boon Keat", "Minister of Transport", "MY"],
      ["Diego Chile Paz", "Defence Minister", "AR"],
    ]);
    const surname = draftOf("Peruvian Foreign Minister Ana Montenegro met her Bolivian counterpart in La Paz.");
    expect(surname.participants.map((p) => p.name)).toEqual(["Ana Montenegro"]);
  });

  it("reads a dateline of two cities, a future verb far from its weekday, and “over two days … at the close of”", () => {
    const d = draftOf(
      "LONDON/DUBLIN, May 12 (Wire) - Britain and Ireland will hold their first round of justice consultations in over a decade in Dublin on Thursday, officials said.",
      "2026-05-12",
    );
    expect(d.meeting).toMatchObject({ start: "2026-05-14", city: "Dublin", status: "PLANNED" });
    expect(d.series?.name).toMatch(/Justice Consultations$/);
    const close = draftOf(
      "Amman, Sept. 23 - The two countries signed six agreements on Tuesday at the close of the fifth session of the Jordan-Iraq Joint Committee, held in Amman over two days.",
      "2025-09-23",
    );
    expect(close.meeting).toMatchObject({ start: "2025-09-22", end: "2025-09-23" });
  });

  it("reads “Head of the Government of the Kingdom of …” as a leader, a Roundtable, the next round by acronym and “the conclusion of” as signed", () => {
    const d = draftOf(
      "The Prime Minister, Mr Paul Girard, and the Head of the Government of the Kingdom of Morocco, Mr Aziz Tazi, co-chaired the France-Morocco High-Level Meeting in Rabat. The Ministers welcomed the conclusion of the Memorandum of Understanding on Cooperation in Fisheries.",
    );
    expect(d.participants.find((p) => p.name === "Aziz Tazi")).toMatchObject({
      title: "Head of the Government",
      country: "MA",
    });
    expect(d.meeting.level).toBe("LEADERS");
    expect(d.agreements[0]).toMatchObject({ status: "SIGNED" });
    const roundtable = draftOf(
      "The second India-Morocco Ministerial Roundtable (IMMR) was held in Rabat. The Ministers agreed to convene the third IMMR in Goa.",
    );
    expect(roundtable.series?.name).toBe("India-Morocco Ministerial Roundtable");
    expect(roundtable.nextRound).toMatchObject({ city: "Goa" });
  });

  it("reads “Turkey”, hyphenated particles, and a combining form before the name's other words", () => {
    const d = draftOf(
      "President Levent Demir and Iraqi Prime Minister Karim al-Jabouri chaired the second Turkey-Iraq Security Council in Ankara.",
    );
    expect(d.series).toMatchObject({ name: "Turkey-Iraq Security Council", parties: ["IQ", "TR"] });
    expect(d.participants.map((p) => [p.name, p.country])).toEqual([
      ["Levent Demir", "TR"],
      ["Karim al-Jabouri", "IQ"],
    ]);
    expect(draftOf("The first Canada-Korea Foreign and Defence Ministers' Meeting was held.").series?.name).toBe(
      "Canada-Korea Foreign and Defence Ministers' Meeting",
    );
  });

  it("keeps “said on Wednesday after talks” as the day, skips “now”, and earlier or extended agreements", () => {
    const d = draftOf(
      "COPENHAGEN, 10 September 2026 - Denmark and Norway will set up a joint unit, their defence ministers said on Wednesday after talks in Aarhus at the 2nd NDSC. Migrants now travel north. The ministers commended the work of the Border Patrol Agreement, which entered into force in 2024, welcomed the extension of the Defence Cooperation Agreement and signed a memorandum of understanding on cooperation in training. The 3rd NDSC will be held in Norway.",
      "2026-09-10",
    );
    expect(d.meeting.start).toBe("2026-09-09");
    expect(d.agreements.map((a) => a.subject)).toEqual(["cooperation in training"]);
    expect(d.nextRound).toMatchObject({ country: "NO" });
  });

  it("reads “reports that the Secretary …, X, will receive the Minister …, General (ret.) Y” and “the Prime Minister of …, the Rt Hon”", () => {
    const d = draftOf(
      "The Ministry of Foreign Affairs reports that the Minister of the Interior, Sofía Carrasco, will receive the Minister of Defence of Peru, General (ret.) Luis Quiroga Benavides, in Santiago. The Prime Minister of the United Kingdom, the Rt Hon Alan Pike MP, welcomed the visit.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Sofía Carrasco", "Minister of the Interior", null],
      ["Luis Quiroga Benavides", "Minister of Defence", "PE"],
      ["Alan Pike", "Prime Minister", "GB"],
    ]);
  });

  it("reads a range said in the next sentence, one agreement of several, a capital named as its country, and an ordinal in a lower-case name", () => {
    const d = draftOf(
      "DJIBOUTI (Wire) - Djibouti and Ethiopia signed six agreements, including one on the sharing of port data, yesterday at the end of the 4th session of their joint ministerial commission. The commission, which met in Djibouti for three days, was co-chaired by Foreign Minister Amina Farah. They agreed to conclude an arrangement on water sharing.",
      "2026-10-15",
    );
    expect(d.meeting).toMatchObject({ start: "2026-10-12", end: "2026-10-14", city: "Djibouti" });
    expect(d.agreements.map((a) => [a.subject, a.status])).toEqual([
      ["sharing of port data", "SIGNED"],
      ["water sharing", "UNDER_NEGOTIATION"],
    ]);
    expect(d.series?.name).toBe("Djibouti-Ethiopia Joint Ministerial Commission");
    const asCountry = draftOf(
      "Ethiopia and Djibouti signed two agreements at the 4th session of the Ethiopia-Djibouti Joint Commission in Addis Ababa.",
    );
    expect(asCountry.meeting).toMatchObject({ city: "Addis Ababa" });
    expect(
      draftOf("Nigeria and Niger held their first joint commission meeting since 2023 in Niamey.").series?.name,
    ).toBe("Nigeria-Niger Joint Commission");
  });

  it("reads Burmese “U”, “the Honourable”, portfolios ending in “Expatriates”, and a side after an organisation", () => {
    const d = draftOf(
      "The talks were co-chaired by Deputy Foreign Minister U Aung Kyaw Htet and Minister of Foreign Affairs, Cooperation and Expatriates Karim El Fassi. The Minister of Trade, the Honourable Anne Leblanc, met Undersecretary Rosa Villamor of the Department of Trade and Industry of the Philippines.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.organisation, p.country])).toEqual([
      ["Aung Kyaw Htet", "Deputy Foreign Minister", null, null],
      ["Karim El Fassi", "Minister of Foreign Affairs, Cooperation and Expatriates", null, null],
      ["Anne Leblanc", "Minister of Trade", null, null],
      ["Rosa Villamor", "Undersecretary", "Department of Trade and Industry", "PH"],
    ]);
  });

  it("gives co-chairs the sides of the countries named before them, reads “opened on … and ended on …”, and prefers the meeting's day to a visit's", () => {
    const sides = draftOf(
      "The governments of Austria and Slovenia will hold a joint cabinet meeting in Graz, chaired by Chancellor Eva Binder and Prime Minister Janez Kos.",
    );
    expect(sides.participants.map((p) => p.country)).toEqual(["AT", "SI"]);
    const opened = draftOf(
      "ACCRA, May 21 - The session, which opened on Monday and ended on Tuesday, was held in Accra.",
      "2025-05-21",
    );
    expect(opened.meeting).toMatchObject({ start: "2025-05-19", end: "2025-05-20" });
    const visit = draftOf(
      "The Minister paid an official visit to Seoul on 3-4 November 2026. The two Ministers co-chaired the 11th Joint Commission Meeting in Seoul on 4 November.",
      "2026-11-04",
    );
    expect(visit.meeting).toMatchObject({ start: "2026-11-04", end: null });
  });

  it("reads next rounds with an apostrophe in their name or a visit invited for them, and adjectives that are no subject", () => {
    const next = (text: string) => draftOf(`The 11th Annual Leaders' Meeting was held in Perth. ${text}`).nextRound;
    expect(next("Leaders agreed to hold the 12th Annual Leaders' Meeting in Singapore in 2027.")).toMatchObject({
      city: "Singapore",
    });
    expect(
      next("Minister Rao invited Minister Kim to visit India for the 12th Joint Commission Meeting in 2027."),
    ).toMatchObject({ country: "IN" });
    expect(draftOf("Bangladesh proposed a trilateral arrangement with China.").agreements).toEqual([]);
  });

  it("splits the country from “President of the Council of Ministers of …”, keeps an envoy's “for Afghanistan”, and keeps “of the UAE” to the last of two co-chairs", () => {
    const d = draftOf(
      "Chancellor Eva Binder and the President of the Council of Ministers of the Italian Republic, Paola Greco, met in Rome. Pakistan's Special Representative for Afghanistan, Ambassador Tariq Hameed, led his country's delegation.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Eva Binder", "Chancellor", null],
      ["Paola Greco", "President of the Council of Ministers", "IT"],
      ["Tariq Hameed", "Special Representative for Afghanistan", "PK"],
    ]);
    const two = draftOf(
      "Vice Minister of Foreign Affairs Park Min-ho and Minister of State Saeed Al Hajeri of the United Arab Emirates held the 3rd Korea-UAE Strategic Dialogue in Seoul.",
    );
    expect(two.participants.map((p) => p.country)).toEqual(["KR", "AE"]);
  });

  it("reads “next Tuesday and Wednesday”, a length in the next sentence's “The two-day meeting”, and “the next intergovernmental consultations”", () => {
    const d = draftOf(
      "LIMA, 29 Sept. - Peru and Chile will hold their 4th Binational Cabinet in Arica next Tuesday and Wednesday, the ministry said on Tuesday. The next intergovernmental consultations will take place in Chile in 2027.",
      "2026-09-29",
    );
    expect(d.meeting).toMatchObject({ start: "2026-10-06", end: "2026-10-07" });
    expect(d.nextRound).toMatchObject({ country: "CL" });
    const closed = draftOf(
      "KAMPALA, Jan 14 - The ministers signed two agreements at the close of the 6th Uganda-Kenya Joint Commission yesterday. The two-day meeting in Kampala was co-chaired by Foreign Minister Ruth Achieng.",
      "2026-01-14",
    );
    expect(closed.meeting).toMatchObject({ start: "2026-01-12", end: "2026-01-13" });
  });

  it("reads a “Consultation” in the singular, a sultan styled “His Majesty”, and the other side for a lead whose side was only guessed", () => {
    const d = draftOf(
      "KUCHING, Aug 20 (Wire) -- Malaysia and Brunei agreed to open a new crossing, Prime Minister Tan Sri Harun Osman said after the 12th Malaysia-Brunei Annual Leaders' Consultation here yesterday. The Prime Minister co-chaired the consultation with the Sultan of Brunei, His Majesty Sultan Haji Omar Ali Rahman. The 13th Annual Leaders' Consultation will be held in Brunei next year.",
      "2031-08-20",
    );
    expect(d.series).toMatchObject({ name: "Malaysia-Brunei Annual Leaders' Consultation" });
    expect(d.meeting).toMatchObject({ start: "2031-08-19", status: "HELD", level: "LEADERS" });
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Harun Osman", "Prime Minister", "MY"],
      ["Haji Omar Ali Rahman", "Sultan", "BN"],
    ]);
    expect(d.nextRound).toMatchObject({ country: "BN" });
  });

  it("does not take a working group a meeting agrees to convene for its level, nor a next round no one could date", () => {
    const d = draftOf(
      "Foreign Minister Anna Kovač of Croatia and Foreign Minister Ilir Hoxha of Albania co-chaired the second Croatia-Albania Strategic Dialogue in Zagreb on 3 May 2031, and agreed to hold the first meeting of the Joint Working Group on Energy in Tirana. It was not clear when the next dialogue would be held.",
    );
    expect(d.meeting.level).toBe("MINISTERIAL");
    expect(d.nextRound).toBeNull();
  });

  it("reads two agreements in “agreements on the A of X and the B of Y”, and an “upgraded” agreement as the agreement", () => {
    const d = draftOf(
      "The two sides signed agreements on the joint management of the Kunene basin and the construction of a cross-border bridge, and agreed to continue negotiations on an upgraded free trade agreement.",
    );
    expect(d.agreements.map((a) => [a.subject, a.status])).toEqual([
      ["joint management of the Kunene basin", "SIGNED"],
      ["construction of a cross-border bridge", "SIGNED"],
      ["free trade", "UNDER_NEGOTIATION"],
    ]);
  });

  it("reads a series named with a spaced dash and two series words, not a day after “on”, and a combining form in “-o”", () => {
    expect(
      draftOf("Prime Minister Ana Lima led ministers to the 3rd Portugal – Cape Verde Joint Cabinet Retreat in Praia.")
        .series,
    ).toMatchObject({ name: "Portugal – Cape Verde Joint Cabinet Retreat", parties: ["CV", "PT"] });
    expect(
      draftOf("The ministers co-chaired the ninth meeting of the Peru-Ecuador Joint Commission on Friday.").series,
    ).toMatchObject({ name: "Peru-Ecuador Joint Commission" });
    expect(draftOf("The second session of the Malio-Nigerien Joint Council ended in Bamako.").series).toMatchObject({
      name: "Malio-Nigerien Joint Council",
      parties: ["ML", "NE"],
    });
  });

  it("finds a venue a delegation went to, a seat of government, and not two capitals that open a headline", () => {
    const venue = (text: string) => draftOf(text, "2031-05-02").meeting;
    expect(
      venue("Prime Minister Ana Lima led a delegation of nine ministers to Mindelo for the Joint Summit."),
    ).toMatchObject({
      city: "Mindelo",
      country: "CV",
    });
    expect(venue("The two leaders held the Italy-Malta Summit at Palazzo Chigi today.")).toMatchObject({
      city: "Rome",
      country: "IT",
    });
    expect(
      venue(
        "Lima, Quito near border deal as joint commission meets\n\nQUITO (Wire) - Foreign ministers of Peru and Ecuador met in the Ecuadorean capital on Friday for their joint commission.",
      ),
    ).toMatchObject({ city: "Quito", country: "EC" });
  });

  it("keeps “Sri” as a given name but not after a Malay title, and drops “Honourable” from a title", () => {
    const d = draftOf(
      "Foreign Minister Budi Santoso and his Timorese counterpart, Sri Rahayu Ximenes, co-chaired the Indonesia-Timor-Leste Joint Commission. Prime Minister Datuk Sri Hamid Yusof attended. The session was co-chaired by Kofi Asante, Honourable Minister of Foreign Affairs of Ghana.",
    );
    expect(d.participants.map((p) => [p.name, p.title])).toEqual([
      ["Budi Santoso", "Foreign Minister"],
      ["Sri Rahayu Ximenes", null],
      ["Hamid Yusof", "Prime Minister"],
      ["Kofi Asante", "Minister of Foreign Affairs"],
    ]);
  });

  it("ends an agreement's subject before a day or “for signature”, not inside “undersea”; reads “did sign”, “a cost-sharing agreement for …”, and “the labour agreement” as the one before", () => {
    const d = draftOf(
      "The ministers signed an agreement on the hiring of seasonal workers on Monday. The labour agreement will let workers stay nine months. They asked experts to finalise a memorandum of understanding on port development for signature at the next session. They are to sign a memorandum of understanding on the protection of undersea cables. They did sign a memorandum of understanding on cooperation in tourism. A cost-sharing agreement for the frigate programme is still being negotiated.",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["AGREEMENT", "hiring of seasonal workers", "SIGNED"],
      ["MOU", "port development", "UNDER_NEGOTIATION"],
      ["MOU", "protection of undersea cables", "PROPOSED"],
      ["MOU", "cooperation in tourism", "SIGNED"],
      ["AGREEMENT", "cost-sharing for the frigate programme", "UNDER_NEGOTIATION"],
    ]);
  });

  it("reads next rounds said as “the next X-Y high-level meeting” or “the 6th … Retreat”, and the one that says where", () => {
    const next = (text: string) => draftOf(`The 5th session was held in Lisbon in May 2031. ${text}`).nextRound;
    expect(next("The next Portugal-Morocco high-level meeting will be held in Rabat in 2032.")).toMatchObject({
      city: "Rabat",
    });
    expect(next("The 6th Joint Cabinet Retreat will be held in Thailand in 2033.")).toMatchObject({ country: "TH" });
    expect(
      next("They will sign it at the next session. They agreed that the 6th Session will be held in Abuja, Nigeria."),
    ).toMatchObject({ city: "Abuja" });
  });

  it("reads “this Thursday (12/11)”, a meeting “the first since 2023”, and a numbered lower-case name with nothing between the pair and “summit”", () => {
    const d = draftOf(
      "President Ana Duarte received the President of Paraguay at Planalto Palace in Brasília this Thursday (12/11) for the Brazil-Paraguay Summit, the first since 2023. Ministers recalled the 21st Spanish-Portuguese summit.",
      "2031-11-13",
    );
    expect(d.meeting).toMatchObject({ start: "2031-11-12", city: "Brasília", country: "BR" });
    expect(
      draftOf("Leaders met in Valencia on Thursday for the 22nd Spanish-Italian summit.", "2031-11-27").series,
    ).toMatchObject({
      name: "Spanish-Italian Summit",
      parties: ["ES", "IT"],
    });
    expect(draftOf("The Indian and Chinese delegations held India-China talks in Delhi.").series).toBeNull();
  });

  it("reads “Sayyid”, “the Amir of …, His Highness Sheikh …” and the other side, “MP” after a name, and a level said of a meeting that preceded this one", () => {
    const d = draftOf(
      "President Kemal Aydın will co-chair the 9th meeting of the Türkiye-Qatar Supreme Strategic Committee in Doha with the Amir of the State of Qatar, His Highness Sheikh Khalid bin Hamad Al Thani.",
      "2031-11-28",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Kemal Aydın", "President", "TR"],
      ["Khalid bin Hamad Al Thani", "Amir", "QA"],
    ]);
    expect(d.meeting.level).toBe("LEADERS");
    const omani = draftOf(
      "The session was co-chaired by Sayyid Badr bin Saud Al Harthy, Minister of Commerce, and India's Minister of Commerce and Industry, Ravi Menon.",
    );
    expect(omani.participants.map((p) => [p.name, p.title])).toEqual([
      ["Badr bin Saud Al Harthy", "Minister of Commerce"],
      ["Ravi Menon", "Minister of Commerce and Industry"],
    ]);
    const zambian = draftOf(
      "The Ministerial Session of the Zambia-Malawi Joint Permanent Commission was co-chaired by Honourable Mutale Zulu, MP, Minister of Foreign Affairs of the Republic of Zambia. The Session was preceded by the Meeting of Senior Officials.",
    );
    expect(zambian.participants[0]).toMatchObject({ title: "Minister of Foreign Affairs", country: "ZM" });
    expect(zambian.meeting.level).toBe("MINISTERIAL");
  });

  it("reads a Letter of Exchange, and an agreement a headline names more briefly as the one named in full", () => {
    const d = draftOf(
      "The presidents signed agreements on the Mirim Lagoon waterway and on the integration of the border cities. They signed an agreement on navigation in the Mirim Lagoon waterway and an agreement on the integration of the twin cities along the border. The sides exchanged a Letter of Exchange on the extension of the pipeline.",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.evidence.length])).toEqual([
      ["AGREEMENT", "navigation in the Mirim Lagoon waterway", 2],
      ["AGREEMENT", "integration of the twin cities along the border", 2],
      ["EXCHANGE_OF_NOTES", "extension of the pipeline", 1],
    ]);
  });

  it("reads “Dasho”, a side from “will lead a Romanian delegation”, and a venue long after a capitalised “Dialogue”", () => {
    const d = draftOf(
      "The Bhutanese delegation was led by Dasho Pema Tshering, Secretary, Ministry of Finance. Prime Minister Ion Popescu will lead a Romanian delegation to the talks.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Pema Tshering", "Secretary", "BT"],
      ["Ion Popescu", "Prime Minister", "RO"],
    ]);
    const venue = draftOf(
      "Minister of Foreign Affairs Kim Ha-eun held the 2nd Korea-Mongolia Foreign Ministers' Strategic Dialogue with Minister for Foreign Affairs of Mongolia Bat-Erdene Sukh in Ulaanbaatar on 3 June 2031.",
    ).meeting;
    expect(venue).toMatchObject({ city: "Ulaanbaatar", country: "MN" });
  });

  it("keeps “and the B of C” in one agreement's subject, and reads drafts, “ready for signing” and “an early conclusion of” as under negotiation", () => {
    const d = draftOf(
      "Ministers are to sign a memorandum of understanding on cooperation in combating money laundering and the financing of terrorism. The two Parties signed an Agreement on the Avoidance of Double Taxation and the Prevention of Fiscal Evasion. A framework agreement on the pipeline's route is being drafted and could be ready for signing within months. Both sides agreed to work towards an early conclusion of the Agreement on the Kuri hydroelectric project.",
    );
    expect(d.agreements.map((a) => [a.subject, a.status])).toEqual([
      ["cooperation in combating money laundering and the financing of terrorism", "PROPOSED"],
      ["Avoidance of Double Taxation and the Prevention of Fiscal Evasion", "SIGNED"],
      ["pipeline's route", "UNDER_NEGOTIATION"],
      ["Kuri hydroelectric project", "UNDER_NEGOTIATION"],
    ]);
  });

  it("reads “Korea” alone as the Republic of Korea for a next round, and a round that “shall be held”", () => {
    const next = (text: string) => draftOf(`The 3rd session was held in Ulaanbaatar on 3 June 2031. ${text}`).nextRound;
    expect(
      next("Minister Kim invited Minister Bat to visit Korea for the 4th Strategic Dialogue in 2032."),
    ).toMatchObject({
      country: "KR",
    });
    expect(next("The 4th Session of the JPC shall be held in Kampala, Republic of Uganda, in 2032.")).toMatchObject({
      city: "Kampala",
    });
  });

  it("reads “Dominican” as the Dominican Republic, a hyphenated country in a series, particles, a Japanese surname in capitals, and a speaker before “said”", () => {
    const d = draftOf(
      "Foreign Minister Rosa Peña Almonte and Haitian Minister of Foreign Affairs and Worship Paul-Henri Étienne co-chaired the 9th Dominican-Haitian Joint Bilateral Commission. The Minister of Foreign Affairs of Timor-Leste, His Excellency Adérito dos Reis Amaral, attended a ministerial meeting.",
    );
    expect(d.series).toMatchObject({ name: "Dominican-Haitian Joint Bilateral Commission", parties: ["DO", "HT"] });
    expect(d.participants.map((p) => [p.name, p.title])).toEqual([
      ["Rosa Peña Almonte", "Foreign Minister"],
      ["Paul-Henri Étienne", "Minister of Foreign Affairs and Worship"],
      ["Adérito dos Reis Amaral", "Minister of Foreign Affairs"],
    ]);
    expect(draftOf("The 5th Australia–Timor-Leste Ministerial Meeting was held in Dili.").series).toMatchObject({
      parties: ["AU", "TL"],
    });
    const japanese = draftOf(
      "The meeting was co-chaired by Mr. MORIKAWA Taro, Deputy Minister for Foreign Affairs of Japan, and Ms. Dilini Perera, Secretary to the Ministry of Foreign Affairs of Sri Lanka.",
    );
    expect(japanese.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["MORIKAWA Taro", "Deputy Minister for Foreign Affairs", "JP"],
      ["Dilini Perera", "Secretary to the Ministry of Foreign Affairs", "LK"],
    ]);
    const said = draftOf(
      "PORT MORESBY: Papua New Guinea and Indonesia have agreed to open a crossing, Foreign Minister Peter Wari said yesterday.",
      "2031-05-02",
    );
    expect(said.participants.map((p) => [p.name, p.title])).toEqual([["Peter Wari", "Foreign Minister"]]);
  });

  it("splits “the chairman of Kyrgyzstan's State Committee …” into a title, a side and an organisation", () => {
    const d = draftOf(
      "The delegations, headed by the chairman of Kyrgyzstan's State Committee for National Security, Aibek Toktorov, and the head of Tajikistan's State Committee for National Security, Rustam Nazarov, met in Khujand.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country, p.organisation])).toEqual([
      ["Aibek Toktorov", "chairman", "KG", "State Committee for National Security"],
      ["Rustam Nazarov", "head", "TJ", "State Committee for National Security"],
    ]);
  });

  it("reads notes exchanged by their verb, “an agreement to avoid …”, initialled texts and treaties still to be signed, and no treaty in “the way for a final treaty”", () => {
    const d = draftOf(
      "The two sides exchanged notes concerning a grant for the provision of patrol boats. They agreed to relaunch talks on an agreement to avoid double taxation. The deal clears the way for a final treaty. The agreed text still has to be signed, and a treaty on the state border is expected to be signed at a summit next year. A protocol on the border zone was initialled but will be signed only after approval.",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["AGREEMENT", "avoid double taxation", "UNDER_NEGOTIATION"],
      ["TREATY", "state border", "PROPOSED"],
      ["PROTOCOL", "border zone", "UNDER_NEGOTIATION"],
      ["EXCHANGE_OF_NOTES", "grant for the provision of patrol boats", "SIGNED"],
    ]);
  });

  it("reads “Indonesia will host the 11th Joint Ministerial Commission” as the next round, and no level from a summit something is to be signed at", () => {
    const d = draftOf(
      "The 10th Indonesia-Fiji Joint Ministerial Commission was held in Suva on 2 May 2031, co-chaired by the two foreign ministers. A treaty is to be signed at a summit next year. Indonesia will host the 11th Joint Ministerial Commission.",
    );
    expect(d.nextRound).toMatchObject({ country: "ID" });
    expect(d.meeting.level).toBe("MINISTERIAL");
  });

  it("reads a meeting's length from the sentence before “which ended on Tuesday”, and a planned one's from the sentence after its day", () => {
    const ended = draftOf(
      "BOGOTA, Sept 9 (Wire) - Officials said on Wednesday after a two-day meeting of the Colombia-Panama Border Commission in Cartagena that patrols would grow. The commanders led the talks, which ended on Tuesday.",
      "2031-09-10",
    );
    expect(ended.meeting).toMatchObject({ start: "2031-09-08", end: "2031-09-09" });
    const planned = draftOf(
      "KUWAIT, Dec 8 (KUNA) -- The Foreign Minister will leave for Baghdad on Thursday to co-chair the ninth session of the Kuwaiti-Iraqi Joint Ministerial Committee. The two-day session is expected to discuss navigation.",
      "2031-12-08",
    );
    expect(planned.meeting).toMatchObject({ start: "2031-12-11", end: "2031-12-12", status: "PLANNED" });
    expect(planned.participants.map((p) => p.name)).not.toContain("Ministerial Committee");
  });

  it("splits “the director of Panama's National Border Service (SENAFRONT), Commissioner …”, reads “Maldivian”, and not a city where an earlier round was", () => {
    const d = draftOf(
      "The talks were led by the commander of Colombia's military forces, General Iván Duarte Ríos, and the director of Panama's National Border Service (SENAFRONT), Commissioner Raúl Castillo Vega. The Indian side was led by Foreign Secretary Anil Menon, and the Maldivian side by Acting Foreign Secretary Ms. Mariyam Naseem.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country, p.organisation])).toEqual([
      ["Iván Duarte Ríos", "commander", "CO", null],
      ["Raúl Castillo Vega", "director", "PA", "National Border Service"],
      ["Anil Menon", "Foreign Secretary", "IN", null],
      ["Mariyam Naseem", "Acting Foreign Secretary", "MV", null],
    ]);
    const venue = draftOf(
      "The prime ministers opened the joint session of the two governments in Štúrovo on Tuesday. It is the second joint meeting, after Budapest in 2029. The next joint government meeting will take place in Hungary.",
      "2031-10-21",
    );
    expect(venue.meeting.city).not.toBe("Budapest");
    expect(venue.nextRound).toMatchObject({ country: "HU" });
  });

  it("reads Japanese surnames in capitals after a title, a rank “(Ret.)”, “on Friday 5 December” after a headline's “to host … on Friday”, and “Nepali”", () => {
    const d = draftOf(
      "On 26 November 2031, Minister for Foreign Affairs TANAKA Yui and Minister of Defense Lieutenant General (Ret.) Budi Hartono held the Fourth Japan-Indonesia Foreign and Defense Ministerial Meeting in Tokyo. The Nepali delegation was led by Foreign Secretary Hari Sharma.",
      "2031-11-27",
    );
    expect(d.participants.map((p) => [p.name, p.title])).toEqual([
      ["TANAKA Yui", "Minister for Foreign Affairs"],
      ["Budi Hartono", "Minister of Defense"],
      ["Hari Sharma", "Foreign Secretary"],
    ]);
    expect(d.participants[2]?.country).toBe("NP");
    expect(d.meeting.start).toBe("2031-11-26");
    const planned = draftOf(
      "Prime Minister to host Franco-Belgian summit in Brussels on Friday\n\nBrussels, 1 December 2031 — Prime Minister Jan Peeters will host the French President for a Franco-Belgian summit in Brussels on Friday 5 December.",
      "2031-12-01",
    );
    expect(planned.meeting).toMatchObject({ start: "2031-12-05", status: "PLANNED" });
    expect(planned.series).toMatchObject({ name: "Franco-Belgian Summit", parties: ["BE", "FR"] });
  });

  it("reads “The Sixth … Consultations between A and B”, a Polish secretary of state in a ministry as below a minister, and an agreement of an earlier year", () => {
    const d = draftOf(
      "The Sixth Foreign Secretary-level Consultations between Bangladesh and Bhutan were held today in Dhaka. On 1 June 2031, Deputy Secretary of State Mark Ellis and Polish Secretary of State in the Ministry of Foreign Affairs Piotr Nowak convened the talks. The Ministers welcomed the signing of the Agreement concerning the Transfer of Defense Equipment in 2021 and the launch of negotiations on an Agreement on Reciprocal Access between the Japan Self-Defense Forces and the Indonesian National Armed Forces.",
      "2031-06-02",
    );
    expect(d.series).toMatchObject({ name: "Bangladesh-Bhutan Foreign Secretary-level Consultations" });
    expect(d.meeting.level).toBe("SENIOR_OFFICIALS");
    expect(d.agreements.map((a) => a.subject)).toEqual([
      "Reciprocal Access between the Japan Self-Defense Forces and the Indonesian National Armed Forces",
    ]);
  });

  it("takes no sentence with a hyphenated verb for a dateline, and no report's day for a meeting's after “said on Thursday, after a meeting”", () => {
    const d = draftOf(
      "N'DJAMENA, Dec 3 (Wire) - Chad and Niger agreed to create a joint force, two sources said on Thursday, after a meeting of the Chad-Niger Joint Commission in N'Djamena.\n\nThe meeting on Wednesday was co-chaired by the two foreign ministers. The next commission will meet in Niger in 2032.",
      "2031-12-04",
    );
    expect(d.meeting.start).toBe("2031-12-03");
    expect(d.nextRound).toMatchObject({ country: "NE" });
  });

  it("gives each of several ministers listed with ranks their own title, and keeps “for X and the Y” in a subject", () => {
    const d = draftOf(
      "The Minister for Foreign Affairs, Senator the Hon Jane Carter, the Minister for Defence, the Hon Tom Reid MP, and the Minister for the Armed Forces, Ms Claire Roux, met in Paris. Ministers welcomed the conclusion of negotiations on an Agreement concerning Reciprocal Access for the Australian Defence Force and the French Armed Forces. A defence cooperation agreement between the two countries is still under negotiation.",
    );
    expect(d.participants.map((p) => [p.name, p.title])).toEqual([
      ["Jane Carter", "Minister for Foreign Affairs"],
      ["Tom Reid", "Minister for Defence"],
      ["Claire Roux", "Minister for the Armed Forces"],
    ]);
    expect(d.agreements.map((a) => [a.subject, a.status])).toEqual([
      ["Reciprocal Access for the Australian Defence Force and the French Armed Forces", "UNDER_NEGOTIATION"],
      ["defence cooperation", "UNDER_NEGOTIATION"],
    ]);
  });

  it("reads a Swiss “Federal Councillor” as a style, a title ending in “Council of Ministers” before a name, and no next round nobody announced", () => {
    const d = draftOf(
      "The President of the Swiss Confederation, Federal Councillor Anna Keller, will receive the Italian Prime Minister in Bern. The meeting was co-chaired by Turkmenistan's Deputy Chairman of the Cabinet of Ministers Dovlet Orazov. Neither government announced when the committee would meet again.",
      "2031-11-02",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Anna Keller", "President", "CH"],
      ["Dovlet Orazov", "Deputy Chairman of the Cabinet of Ministers", "TM"],
    ]);
    expect(d.nextRound).toBeNull();
  });

  it("reads a Binational Cabinet as the meeting and its next one as the next round", () => {
    const d = draftOf(
      "SAN SALVADOR, Mar 12 (Wire) - El Salvador and Honduras agreed on Thursday to open a joint customs post, at the second Honduras-El Salvador Binational Cabinet in San Salvador. The next Binational Cabinet will be held in Tegucigalpa in 2027.",
      "2026-03-13",
    );
    expect(d.meeting).toMatchObject({ start: "2026-03-12", city: "San Salvador", status: "HELD" });
    expect(d.nextRound).toMatchObject({ city: "Tegucigalpa", country: "HN" });
  });

  it("keeps “Samdech” and a government's possessive out of titles", () => {
    const d = draftOf(
      "At the invitation of Samdech Prime Minister Hun Sovanna of the Kingdom of Cambodia, the Myanmar side was led by the military government's deputy foreign minister, Kyaw Min Htet.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.organisation])).toEqual([
      ["Hun Sovanna", "Prime Minister", null],
      ["Kyaw Min Htet", "deputy foreign minister", null],
    ]);
  });

  it("takes the town a meeting is said to be in, though the place data lacks it, over a city named in passing", () => {
    const d = draftOf(
      "Officials agreed to extend a pipeline linking Ashgabat with Herat, people who attended talks in the Turkmen border town of Serhetabat said on Friday.",
      "2026-05-08",
    );
    expect(d.meeting).toMatchObject({ city: "Serhetabat", country: "TM" });
  });

  it("gives a lead whose side is not said the other of the two countries a text names most, without a series", () => {
    const d = draftOf(
      "Minister of Foreign Affairs Lotte Brink will travel to Georgetown for talks with Guyana. She will be received by Guyana's Minister of Foreign Affairs, Kamal Persaud. The Netherlands and Guyana are expected to discuss the Essequibo offshore fields.",
      "2026-06-01",
    );
    expect(d.participants.map((p) => [p.name, p.country])).toEqual([
      ["Lotte Brink", "NL"],
      ["Kamal Persaud", "GY"],
    ]);
  });

  it("reads “Slovenian” and “Cabo Verdean”, and a lower-case name after “the countries'” only with what it is for", () => {
    expect(draftOf("The annual Slovenian-Croatian Foreign Ministers' Meeting was held.").series).toMatchObject({
      name: "Slovenian-Croatian Foreign Ministers' Meeting",
      parties: ["HR", "SI"],
    });
    const named = draftOf(
      "Togo and Benin agreed to share intelligence after a meeting of the countries' joint commission for cooperation in Lomé.",
    ).series;
    expect(named).toMatchObject({ name: "Togo-Benin Joint Commission for Cooperation", parties: ["BJ", "TG"] });
    expect(
      draftOf("Togo and Benin agreed after a meeting of the two countries' joint commission in Lomé.").series,
    ).toBeNull();
    expect(
      draftOf(
        "The Cabo Verdean Prime Minister, Ana Fortes, met the Senegalese Prime Minister, Ousmane Ba.",
      ).participants.map((p) => p.country),
    ).toEqual(["CV", "SN"]);
  });

  it("dates the meeting by “the talks on Thursday”, not by “said on Friday after a meeting”", () => {
    const d = draftOf(
      "ACCRA, Oct 30 (Wire) - Togo and Ghana agreed to reopen a crossing, officials said on Friday after a meeting in Accra. The talks on Thursday were led by the two foreign ministers.",
      "2026-10-30",
    );
    expect(d.meeting).toMatchObject({ start: "2026-10-29", precision: "DAY" });
  });

  it("reads an agreement named before “review” as under negotiation", () => {
    const d = draftOf(
      "Both sides would work towards the early conclusion of negotiations on the Korea-Peru Free Trade Agreement review, and discussed critical minerals.",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["AGREEMENT", "Korea-Peru Free Trade", "UNDER_NEGOTIATION"],
    ]);
  });

  it("reads a country's possessive in a title set off after the name, and cuts a title at “and <Country>'s”", () => {
    const d = draftOf(
      "Grace Njoroge, Kenya's Principal Secretary for Foreign Affairs, co-chaired the talks with Pedro Alves, Portugal's Secretary of State for Foreign Affairs.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Grace Njoroge", "Principal Secretary for Foreign Affairs", "KE"],
      ["Pedro Alves", "Secretary of State for Foreign Affairs", "PT"],
    ]);
    const cut = draftOf(
      "The talks were co-chaired by Luís Costa of Portugal and Cabo Verde's Minister of Foreign Affairs, Rui Semedo.",
    );
    expect(cut.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Rui Semedo", "Minister of Foreign Affairs", "CV"],
    ]);
  });

  it("gives each side its own lead after “; B by” and “, the Indian side by”", () => {
    const a = draftOf(
      "Estonia was represented by Undersecretary for Political Affairs Mart Kask; Finland by Under-Secretary of State Jussi Lehto.",
    );
    expect(a.participants.map((p) => p.country)).toEqual(["EE", "FI"]);
    const b = draftOf(
      "The Chinese side was represented by Vice Foreign Minister Sun Wei, the Indian side by Foreign Secretary Anil Kapoor.",
    );
    expect(b.participants.map((p) => p.country)).toEqual(["CN", "IN"]);
  });

  it("reads hyphenated titles and an air chief marshal's rank apart from the name", () => {
    const d = draftOf(
      "It was co-chaired by Vice-President Amina Diallo of Senegal and Prime Minister Moussa Traoré of Mali. Leading the Thai side was Air Chief Marshal Prasert Wong, Deputy Minister of Defence.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Amina Diallo", "Vice-President", "SN"],
      ["Moussa Traoré", "Prime Minister", "ML"],
      ["Prasert Wong", "Deputy Minister of Defence", "TH"],
    ]);
  });

  it("reads a meeting's length from “two days of talks” and from a two-day meeting that began on a day", () => {
    const ended = draftOf(
      "VIENTIANE, May 8 - Laos and Thailand held two days of border talks that ended on Thursday in Vientiane.",
      "2026-05-08",
    );
    expect(ended.meeting).toMatchObject({ start: "2026-05-06", end: "2026-05-07" });
    const began = draftOf("The two-day Joint Commission meeting began in Manila on Tuesday.", "2026-06-12");
    expect(began.meeting).toMatchObject({ start: "2026-06-09", end: "2026-06-10" });
  });

  it("reads a meeting and its next round from one sentence, and a next round “hosted by” a country", () => {
    const d = draftOf(
      "The ministers met in the Croatian coastal city of Split on Wednesday and agreed to hold the next meeting in Slovenia.",
      "2026-06-12",
    );
    expect(d.meeting).toMatchObject({ start: "2026-06-10", city: "Split", country: "HR", status: "HELD" });
    expect(d.nextRound).toMatchObject({ city: null, country: "SI" });
    const hosted = draftOf("They agreed that the next round would be hosted by Italy.", "2026-06-12");
    expect(hosted.nextRound).toMatchObject({ country: "IT" });
  });

  it("ends a subject before “and initialled”, before “by 2027”, and reads a list set off after “signed three agreements”", () => {
    const d = draftOf(
      "The two ministers signed a memorandum of understanding on the avoidance of double taxation and initialled a readmission agreement. They signed three agreements, on defence cooperation, on visa exemption and on tourism. The sides agreed to conclude negotiations on a Comprehensive Economic Partnership Agreement by 2027.",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["MOU", "avoidance of double taxation", "SIGNED"],
      ["AGREEMENT", "readmission", "UNDER_NEGOTIATION"],
      ["AGREEMENT", "defence cooperation", "SIGNED"],
      ["AGREEMENT", "visa exemption", "SIGNED"],
      ["AGREEMENT", "tourism", "SIGNED"],
      ["AGREEMENT", "Comprehensive Economic Partnership", "UNDER_NEGOTIATION"],
    ]);
  });

  it("gives two names one shared title: “Prime Ministers A and B”, “Presidents A (Djibouti) and B (Ethiopia)”", () => {
    const d = draftOf(
      "Poland and Lithuania held intergovernmental consultations in Vilnius on Thursday, chaired by Prime Ministers Tomasz Nowak and Gintautas Petrauskas.",
      "2026-06-12",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Tomasz Nowak", "Prime Minister", "PL"],
      ["Gintautas Petrauskas", "Prime Minister", "LT"],
    ]);
    expect(d.meeting.level).toBe("LEADERS");
    const bracketed = draftOf(
      "The meeting was co-chaired by Presidents Ali Hassan (Djibouti) and Abiy Tesfaye (Ethiopia).",
    );
    expect(bracketed.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Ali Hassan", "President", "DJ"],
      ["Abiy Tesfaye", "President", "ET"],
    ]);
  });

  it("reads “next week” as its month, not a day", () => {
    const d = draftOf("Foreign Minister Ana Ruiz is due to travel to Lima next week for talks.", "2026-06-12");
    expect(d.meeting).toMatchObject({ start: "2026-06-01", precision: "MONTH", status: "PLANNED" });
  });

  it("reads comptrollers, commandants and a commissioner general, with the side their agency's name opens with", () => {
    const d = draftOf(
      "Commissioner General Mohammed Bello of the Nigeria Immigration Service and Comptroller Kwesi Boateng of the Ghana Immigration Service co-chaired the meeting. The Philippine panel was headed by Coast Guard Commandant Admiral Jose Cruz.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.organisation, p.country])).toEqual([
      ["Mohammed Bello", "Commissioner General", "Nigeria Immigration Service", "NG"],
      ["Kwesi Boateng", "Comptroller", "Ghana Immigration Service", "GH"],
      ["Jose Cruz", "Coast Guard Commandant", null, "PH"],
    ]);
  });

  it("reads a title after a dated dateline's dash, a region in a portfolio, “the first … since 2019” and “gathered”", () => {
    const d = draftOf(
      "Washington, D.C., June 11, 2026 - Deputy Secretary of State John Miller and Mexican Undersecretary for North America Laura Vega co-chaired the U.S.-Mexico Security Implementation Group today.",
      "2026-06-11",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["John Miller", "Deputy Secretary of State", "US"],
      ["Laura Vega", "Undersecretary for North America", "MX"],
    ]);
    const since = draftOf(
      "The first round of the Bangladesh-Myanmar Foreign Secretary-level talks since 2019 concluded in Naypyidaw on Thursday.",
      "2026-06-12",
    );
    expect(since.meeting).toMatchObject({ start: "2026-06-11", city: "Naypyidaw" });
    const gathered = draftOf(
      "Senior officials from both countries gathered in Tbilisi from 8 to 10 June.",
      "2026-06-12",
    );
    expect(gathered.meeting).toMatchObject({ start: "2026-06-08", end: "2026-06-10", city: "Tbilisi" });
  });

  it("dates a meeting by a recent signing when no meeting sentence has a date, and reads lengths around “began” and “arrived”", () => {
    const signed = draftOf(
      "NAIROBI, June 12 (Wire) - Kenya and Ethiopia signed a border security pact on Thursday. The deal follows clashes on May 3 that killed 12 people. The Joint Border Commission met in Moyale.",
      "2026-06-12",
    );
    expect(signed.meeting).toMatchObject({ start: "2026-06-11", precision: "DAY" });
    const began = draftOf(
      "Kenya and Ethiopia signed a border security pact at the end of two days of talks in Nairobi. The talks, which began on Wednesday, were the first since March.",
      "2026-06-12",
    );
    expect(began.meeting).toMatchObject({ start: "2026-06-10", end: "2026-06-11" });
    const arrived = draftOf(
      "Kenyan Foreign Minister Jane Wambui arrived in Addis Ababa on Wednesday for two days of talks with her Ethiopian counterpart.",
      "2026-06-12",
    );
    expect(arrived.meeting).toMatchObject({ start: "2026-06-10", end: "2026-06-11", city: "Addis Ababa" });
  });

  it("dates “At the meeting on Wednesday, the ministers agreed to meet again …” as this meeting", () => {
    const d = draftOf(
      "At the meeting on Wednesday, the ministers agreed to meet again on 15 September in Nairobi.",
      "2026-06-12",
    );
    expect(d.meeting).toMatchObject({ start: "2026-06-10", status: "HELD" });
    expect(d.nextRound).toMatchObject({ city: "Nairobi", date: "2026-09-15" });
  });

  it("reads agreements mentioned with a next round, in force, close to completion, or as a deal to do something", () => {
    const d = draftOf(
      "The two sides agreed to finalise the text of the extradition treaty before the next round. They noted that the agreement on the transfer of sentenced persons had entered into force in March. Ghana and Togo agreed to sign a memorandum of understanding on joint border patrols at the next session. Officials said a maritime boundary agreement was close to completion. The countries signed a deal to share intelligence on migrant smuggling networks. Seoul, Jakarta near deal on jet costs.",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["TREATY", "extradition", "UNDER_NEGOTIATION"],
      ["MOU", "joint border patrols", "PROPOSED"],
      ["AGREEMENT", "maritime boundary", "UNDER_NEGOTIATION"],
      ["AGREEMENT", "share intelligence on migrant smuggling networks", "SIGNED"],
    ]);
    expect(d.nextRound).toBeNull();
  });

  it("splits “director of Kenya's Wildlife Service” set off after a name, and cuts a title at “brought together”", () => {
    const d = draftOf(
      "The talks were co-chaired by Tanzania's Minister of Natural Resources, Asha Mwinyi, and Peter Kamau, director of Kenya's Wildlife Service. The meeting in Arusha brought together Uganda's Minister of Tourism, Grace Akello, and her Rwandan counterpart.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.organisation, p.country])).toEqual([
      ["Asha Mwinyi", "Minister of Natural Resources", null, "TZ"],
      ["Peter Kamau", "director", "Wildlife Service", "KE"],
      ["Grace Akello", "Minister of Tourism", null, "UG"],
    ]);
  });

  it("reads draft and unsigned agreements, subjects with a possessive “between the two countries'”, and ones that end before “are” or “two programmes”", () => {
    const d = draftOf(
      "A draft extradition agreement was discussed but has not been signed. The ministers are expected to sign an agreement on the exchange of data between the two countries' customs services. Negotiations on a framework agreement on the railway's upgrade are also expected to advance. They signed a protocol on fisheries and two programmes on health.",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["AGREEMENT", "extradition", "UNDER_NEGOTIATION"],
      ["AGREEMENT", "exchange of data between the two countries' customs services", "PROPOSED"],
      ["AGREEMENT", "railway's upgrade", "UNDER_NEGOTIATION"],
      ["PROTOCOL", "fisheries", "SIGNED"],
    ]);
  });

  it("reads “a … agreement to replace the 2003 arrangement”, “… among the three countries”, a name that goes on after its kind, and a protocol amending an agreement", () => {
    const d = draftOf(
      "Negotiations have begun on a youth mobility agreement to replace the 2003 arrangement. Both sides would work towards a Transit Agreement among the three countries and expedite negotiations on an Extradition Treaty in Criminal Cases. They signed a Protocol amending the Agreement on Air Services between the Government of Laos and the Government of Thailand.",
      "2026-06-12",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["AGREEMENT", "youth mobility", "UNDER_NEGOTIATION"],
      ["AGREEMENT", "Transit", "UNDER_NEGOTIATION"],
      ["TREATY", "Extradition in Criminal Cases", "UNDER_NEGOTIATION"],
      ["PROTOCOL", "amending the Agreement on Air Services", "SIGNED"],
    ]);
  });

  it("reads a long invitation to the next round, a capital of two words, and an earlier meeting “when the two leaders met in …”", () => {
    const invited = draftOf(
      "The 10th meeting of the Joint Commission was held in New Delhi today. The Thai Foreign Minister invited the External Affairs Minister to visit Thailand for the 11th meeting of the Joint Commission in Bangkok in 2027, which was accepted.",
    );
    expect(invited.nextRound).toMatchObject({ city: "Bangkok", country: "TH" });
    const capital = draftOf(
      "The summit in the Sri Lankan capital was co-chaired by the two prime ministers on Thursday. It was the first since 2024, when the two leaders met in Male.",
      "2026-06-12",
    );
    expect(capital.meeting).toMatchObject({ city: "Colombo", country: "LK" });
  });

  it("keeps commas in a series name's tail, and prefers “held on December 2” to “Today”", () => {
    expect(
      draftOf(
        "The 5th Meeting of the Laos-Cambodia Joint Commission for Economic, Cultural and Technical Cooperation was held.",
      ).series?.name,
    ).toBe("Laos-Cambodia Joint Commission for Economic, Cultural and Technical Cooperation");
    const d = draftOf(
      "Today, the Minister welcomed her counterpart to Ottawa for the third Canada-Italy Strategic Dialogue, held on December 2.",
      "2026-12-03",
    );
    expect(d.meeting).toMatchObject({ start: "2026-12-02" });
  });

  it("reads “H.E. A, President of …” after “under the co-chairmanship of”, and “Head of Government A” before a name", () => {
    const d = draftOf(
      "The Council met in Ankara under the co-chairmanship of H.E. Kemal Yurt, President of the Republic of Türkiye, and H.E. Bilal Qureshi, Prime Minister of the Islamic Republic of Pakistan. It was co-chaired by Moroccan Head of Government Driss Benali and Tunisian Prime Minister Nabil Gharbi.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Kemal Yurt", "President", "TR"],
      ["Bilal Qureshi", "Prime Minister", "PK"],
      ["Driss Benali", "Head of Government", "MA"],
      ["Nabil Gharbi", "Prime Minister", "TN"],
    ]);
  });

  it("keeps the country out of “Vice Premier of the State Council of the People's Republic of China”", () => {
    const d = draftOf(
      "The Meeting was co-chaired by H.E. Mr. Zhou Ming, Vice Premier of the State Council of the People's Republic of China, and H.E. Mr. Sok Vanna of Cambodia.",
    );
    expect(d.participants[0]).toMatchObject({
      name: "Zhou Ming",
      title: "Vice Premier of the State Council",
      country: "CN",
    });
  });

  it("reads “the Trade in Goods Agreement” to be concluded, “agreed to draft” as proposed, and a lead's agreement as the memorandum below it", () => {
    const d = draftOf(
      "The leaders directed ministries to conclude the Trade in Goods Agreement at an early date. They agreed to draft an agreement on the joint operation of the port. The ministers signed an agreement on space research. They signed a memorandum of understanding on cooperation in space research.",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["AGREEMENT", "Trade in Goods", "UNDER_NEGOTIATION"],
      ["AGREEMENT", "joint operation of the port", "PROPOSED"],
      ["MOU", "cooperation in space research", "SIGNED"],
    ]);
  });

  it("is not planned for being “the first to be held in X since 2013”, and dates a meeting by the day it agreed", () => {
    const held = draftOf(
      "Mali and Niger signed 12 agreements on Monday at the ninth session of their joint commission, the first to be held in Niamey since 2013.",
      "2026-11-10",
    );
    expect(held.meeting).toMatchObject({ start: "2026-11-09", status: "HELD" });
    const agreed = draftOf(
      "Georgia and Azerbaijan agreed on Wednesday to build a second bridge. The decisions were taken at the 12th session of the Georgian-Azerbaijani Intergovernmental Commission, held in Baku.",
      "2026-11-26",
    );
    expect(agreed.meeting).toMatchObject({ start: "2026-11-25", city: "Baku" });
  });

  it("reads “in the northern Ivorian town of …” as the venue, and “their first security talks” as no series", () => {
    const d = draftOf(
      "ABIDJAN, Nov 30 (Wire) - Officials from Ivory Coast and Mali met on Saturday in the northern Ivorian town of Tengrela for their first security talks since 2023.",
      "2026-11-30",
    );
    expect(d.meeting).toMatchObject({ city: "Tengrela", country: "CI" });
    expect(d.series).toBeNull();
  });

  it("reads “signed an agreement on Thursday to build …”, a portfolio ending in “Francophonie of …”, and a polish secretary of state of the ministry as below a minister", () => {
    const d = draftOf(
      "Serbia and Hungary signed an agreement on Thursday to build a pipeline between Novi Sad and Szeged. The meeting was co-chaired by H.E. Paul Ilunga, Minister of Foreign Affairs, International Cooperation and Francophonie of the Democratic Republic of the Congo, and Uganda's Minister of Foreign Affairs, Rose Akello.",
      "2026-11-13",
    );
    expect(d.agreements.map((a) => [a.subject, a.status])).toEqual([
      ["build a pipeline between Novi Sad and Szeged", "SIGNED"],
    ]);
    expect(d.participants[0]).toMatchObject({
      title: "Minister of Foreign Affairs, International Cooperation and Francophonie",
      country: "CD",
    });
    const level = draftOf(
      "First Vice Minister of Foreign Affairs Lee Min-ho held the dialogue with Secretary of State for Security Policy of the Ministry of Foreign Affairs of Poland Jan Nowicki.",
    );
    expect(level.meeting.level).toBe("SENIOR_OFFICIALS");
  });

  it("does not take a member of a delegation for a co-chair once two leads are named", () => {
    const d = draftOf(
      "The Minister of the Interior, Carlos Ruiz, will co-chair the commission with the Honduran Minister of Security, Ana Paz. The Guatemalan delegation will include the Director General of the National Civil Police, Commissioner Rosa Lima.",
    );
    expect(d.participants.map((p) => p.name)).toEqual(["Carlos Ruiz", "Ana Paz"]);
  });

  it("reads agreements still being discussed, to be signed in a later year, signed earlier this year, produced by a session, or on Thursday on …", () => {
    const d = draftOf(
      "A formal agreement on the return of troops is still being discussed. Leaders welcomed the conclusion of negotiations on the Chile-Peru Defence Cooperation Agreement, which will be signed in 2027. They welcomed the signing of an agreement on space cooperation earlier this year. The session also produced a memorandum of understanding on nuclear energy. Hungary and Serbia signed an intergovernmental agreement on Thursday on building a gas pipeline.",
      "2026-11-13",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["AGREEMENT", "return of troops", "UNDER_NEGOTIATION"],
      ["AGREEMENT", "Chile-Peru Defence Cooperation", "UNDER_NEGOTIATION"],
      ["MOU", "nuclear energy", "SIGNED"],
      ["AGREEMENT", "building a gas pipeline", "SIGNED"],
    ]);
  });

  it("skips a joint declaration's own heading and “agreements and memoranda in the fields of …”", () => {
    const d = draftOf(
      "Joint Declaration on the First Meeting of the Egypt-Greece High-Level Council\n\nThe two sides signed agreements and memoranda of understanding in the fields of defence industry, energy and tourism, including a Memorandum of Understanding on Cooperation in the Field of Shipping.",
    );
    expect(d.agreements.map((a) => [a.kind, a.subject])).toEqual([["MOU", "Cooperation in the Field of Shipping"]]);
  });

  it("reads “H.E. President A”, a ministry set off in a title before a name, a series' bracketed acronym, and an invitation to the 10th JCBC", () => {
    const d = draftOf(
      "At the invitation of H.E. President Amr Saleh, the 13th meeting of the India-Kenya Joint Working Group (JWG) on Defence Cooperation was co-chaired by Joint Secretary (International Cooperation), Ministry of Defence, Shri Arjun Mehta. It was the 9th JCBC. Secretary Cruz invited Minister Lim to Manila for the 10th JCBC in 2027.",
    );
    expect(d.series?.name).toBe("India-Kenya Joint Working Group on Defence Cooperation");
    expect(d.participants.map((p) => [p.name, p.title, p.organisation])).toEqual([
      ["Amr Saleh", "President", null],
      ["Arjun Mehta", "Joint Secretary (International Cooperation)", "Ministry of Defence"],
    ]);
    expect(d.nextRound).toMatchObject({ city: "Manila", country: "PH" });
  });

  it("reads two heads of state styled “H.E.” in an invitation, an accented dateline, and a place with “do” in its name", () => {
    const d = draftOf(
      "ASUNCIÓN, Dec 2 (Wire) - At the invitation of H.E. Tran Van Long, President of Viet Nam, H.E. Budi Hartono, President of Indonesia, paid a State Visit. The presidents of Paraguay and Brazil will meet on Wednesday, December 9, at the dam in Foz do Iguaçu, the ministry said on Wednesday.",
      "2026-12-02",
    );
    expect(d.participants.slice(0, 2).map((p) => [p.name, p.title, p.country])).toEqual([
      ["Tran Van Long", "President", "VN"],
      ["Budi Hartono", "President", "ID"],
    ]);
    expect(d.meeting).toMatchObject({ start: "2026-12-09", city: "Foz do Iguacu", country: "BR" });
  });

  it("reads conventions, seminars, protocols revising an annex, subjects ending before “covering” and going on “under the …”, and “expedite” as under negotiation", () => {
    const d = draftOf(
      "The 14th French-Malian Intergovernmental Seminar was held. Several agreements were signed, including a convention on the financing of the Bamako tramway. They are to sign a protocol revising Annex B of the 1980 Water Treaty. Ministers signed a memorandum of understanding on energy cooperation covering the interconnection of grids and the Memorandum of Cooperation on Carbon Credits under the Joint Crediting Mechanism. They agreed to expedite the renewal of the Agreement on Labour Recruitment. The two Prime Ministers agreed to hold the next seminar in Bamako in 2028.",
    );
    expect(d.series?.name).toBe("French-Malian Intergovernmental Seminar");
    expect(d.agreements.map((a) => [a.kind, a.subject, a.status])).toEqual([
      ["AGREEMENT", "financing of the Bamako tramway", "SIGNED"],
      ["PROTOCOL", "revising Annex B of the 1980 Water Treaty", "PROPOSED"],
      ["MOU", "energy cooperation", "SIGNED"],
      ["MEMORANDUM_OF_COOPERATION", "Carbon Credits under the Joint Crediting Mechanism", "SIGNED"],
      ["AGREEMENT", "Labour Recruitment", "UNDER_NEGOTIATION"],
    ]);
    expect(d.nextRound).toMatchObject({ city: "Bamako" });
  });

  it("takes the demonym out of a lower-case title (“the Libyan interior minister”)", () => {
    const d = draftOf("Interior Minister Paolo Bianchi met the Libyan interior minister, Adel Warfalli, in Tripoli.");
    expect(d.participants[1]).toMatchObject({ name: "Adel Warfalli", title: "interior minister", country: "LY" });
  });

  it("reads “the President of …, H.E. A, the Prime Minister of …, H.E. B, paid a visit”, and no person in “the King Fahd Causeway”", () => {
    const d = draftOf(
      "At the invitation of the President of the Republic of Tajikistan, H.E. Rustam Nazarov, the Prime Minister of the Islamic Republic of Pakistan, H.E. Imran Qadir, paid an official visit. They reviewed the King Fahd Causeway.",
    );
    expect(d.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ["Rustam Nazarov", "President", "TJ"],
      ["Imran Qadir", "Prime Minister", "PK"],
    ]);
  });

  it("dates a session by its own day, not by the officials' meeting that preceded it", () => {
    const d = draftOf(
      "The 9th Session of the Zambia-Malawi Joint Permanent Commission was held in Lusaka on 26 November 2026. It was preceded by the Meeting of Senior Officials on 24 and 25 November 2026.",
    );
    expect(d.meeting).toMatchObject({ start: "2026-11-26", end: null });
  });

  it("reads a round of … between A and B as the series, “next year's consultations” as the next round, and skips agreements not on the table", () => {
    const d = draftOf(
      "The 4th round of Foreign Secretary-level Consultations between Nepal and the Maldives was held in Kathmandu. A readmission agreement that Nepal has sought since 2023 was not on the table. The talks are expected to conclude with the signing of a youth exchange arrangement. Next year's consultations will take place in Malé.",
    );
    expect(d.series?.name).toBe("Nepal-Maldives Foreign Secretary-level Consultations");
    expect(d.agreements.map((a) => [a.subject, a.status])).toEqual([["youth exchange", "PROPOSED"]]);
    expect(d.nextRound).toMatchObject({ country: "MV" });
  });

  it("does not call an agreement approved for signing signed", () => {
    const d = draftOf(
      "The two sides received approval for signing a memorandum of cooperation on space situational awareness.",
    );
    expect(d.agreements[0]).toMatchObject({ status: "PROPOSED", subject: "space situational awareness" });
  });
});

describe("text that matches nothing, and input that cannot be read", () => {
  it("gives an empty draft that asks the analyst for everything", () => {
    const d = draftOf("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", null);
    expect(d.series).toBeNull();
    expect(d.participants).toEqual([]);
    expect(d.needsAnalyst).toEqual(
      expect.arrayContaining([
        "source.publishedDate",
        "series",
        "meeting.date",
        "meeting.venue",
        "participants",
        "themes",
      ]),
    );
  });

  it("refuses an empty file, a binary file and a file over the limit", async () => {
    await expect(readUpload("a.txt", new Uint8Array())).rejects.toThrow(UnreadableInput);
    await expect(readUpload("a.bin", new Uint8Array([0, 1, 2, 3, 255, 254]))).rejects.toThrow(
      "not text, HTML, PDF or Word",
    );
    await expect(readUpload("a.txt", new Uint8Array(6 * 1024 * 1024).fill(65))).rejects.toThrow("larger than 5 MB");
  });

  it("joins a PDF's printed lines into sentences and paragraphs", () => {
    const page = [
      "1. The two sides held the dialogue at the vice-",
      "ministerial level in Hanoi on 22 November 2024, with delegations from both capitals and the",
      "ministries concerned.",
      "2. They agreed to meet again.",
      "Issued by the Ministry",
      "Hanoi",
    ].join("\n");
    expect(reflowLines(page)).toBe(
      "1. The two sides held the dialogue at the vice-ministerial level in Hanoi on 22 November 2024, with delegations from both capitals and the ministries concerned.\n\n2. They agreed to meet again.\n\nIssued by the Ministry\n\nHanoi",
    );
  });

  it("reads a Word file's text", async () => {
    const { Document, Packer, Paragraph } = await import("docx");
    const file = await Packer.toBuffer(
      new Document({
        sections: [{ children: [new Paragraph("The dialogue was held in Hanoi."), new Paragraph("Both sides met.")] }],
      }),
    );
    const read = await readUpload("readout.docx", new Uint8Array(file));
    expect(read.kind).toBe("docx");
    expect(read.content).toContain("The dialogue was held in Hanoi.\n\nBoth sides met.");
  });

  it("says a PDF without a text layer has no text", async () => {
    await expect(readUpload("scan.pdf", new TextEncoder().encode("%PDF-1.4 not really"))).rejects.toThrow(/PDF/);
  });

  it("reads a readout written as a numbered list, where Readability would keep only the footer", () => {
    const page = readHtml(
      `<html><head><title>Dialogue held</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><h1>Dialogue held</h1><ol><li>Vice Minister Ana Ruiz and Minister of State Omar Saleh held the 4th Spain-Oman Strategic Dialogue in Muscat on 29 September 2026.</li><li>The two sides agreed to hold the 5th Strategic Dialogue in Madrid.</li></ol></main><footer><p>Copyright © Ministry of Foreign Affairs. All Rights Reserved.</p></footer></body></html>`,
    );
    expect(page.text).toContain("held the 4th Spain-Oman Strategic Dialogue in Muscat");
    expect(page.text).toContain("The two sides agreed to hold the 5th Strategic Dialogue in Madrid.");
    expect(page.text).not.toContain("Copyright");
    expect(page.text.match(/Dialogue held/g)).toHaveLength(1);
  });

  it("strips scripts from HTML and never runs them", () => {
    const page = readHtml(
      `<html><head><title>T</title><script>globalThis.ran = true</script></head><body><article><p>${"The two sides met in Delhi and discussed trade. ".repeat(5)}</p><script>document.write("<p>injected</p>")</script></article></body></html>`,
    );
    expect(page.text).not.toContain("injected");
    expect(page.text).not.toContain("globalThis");
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });

  it("tells English from another language", () => {
    expect(isEnglish(founding)).toBe(true);
    expect(
      isEnglish(
        "Les deux délégations se sont réunies à Paris le mardi pour discuter de la coopération en matière de sécurité et de la lutte contre le terrorisme.",
      ),
    ).toBe(false);
  });

  it("decodes UTF-8 and drops a byte-order mark", () => {
    expect(decodeText(new TextEncoder().encode("\uFEFFNew Delhi"))).toBe("New Delhi");
  });
});

describe("a recorded series", () => {
  it("is found by its short name alone", () => {
    const g = buildGazetteer({
      organisations: [],
      people: [],
      topics: [],
      cities: [],
      series: [{ id: 7, name: "U.S.-Japan Extended Deterrence Dialogue", shortName: "EDD", parties: ["JP", "US"] }],
    });
    const d = extractDraft({ content: "The EDD met in Tokyo on 10 December 2024.", published: "2024-12-12" }, g);
    expect(d.series).toMatchObject({ matchId: 7, rule: "series.short-name" });
  });
});

describe("terms the analyst turned down", () => {
  it("are never offered again, as a new theme or as a person", () => {
    const text =
      "MANILA — The delegations, led by Ambassador Ana Reyes, director of the Fisheries Bureau, and Ambassador Ken Sato, director-general of the Ocean Bureau, discussed illegal fishing and marine litter.";
    const plain = buildGazetteer({ organisations: [], people: [], topics: [], series: [], cities: [] });
    const before = extractDraft({ content: text, published: "2025-06-18" }, plain);
    expect(before.themes.map((t) => t.label)).toContain("Marine litter");
    expect(before.participants.map((p) => p.name)).toContain("Ken Sato");
    expect(before.participants.map((p) => [p.honorific, p.name, p.title])).toEqual([
      ["Ambassador", "Ana Reyes", "director of the Fisheries Bureau"],
      ["Ambassador", "Ken Sato", "director-general of the Ocean Bureau"],
    ]);
    const turnedDown = buildGazetteer({
      organisations: [],
      people: [],
      topics: [],
      series: [],
      cities: [],
      ignored: ["marine litter", "Ken Sato"],
    });
    const after = extractDraft({ content: text, published: "2025-06-18" }, turnedDown);
    expect(after.themes.map((t) => t.label)).not.toContain("Marine litter");
    expect(after.participants.map((p) => p.name)).toEqual(["Ana Reyes"]);
  });
});

describe("furniture and sentences", () => {
  it("recognises share buttons, language menus, bylines and a related-stories tail", () => {
    const text =
      "Share: Facebook | X | Email\nen_USEnglish\nBy Staff Correspondent\nThe talks were held.\nRelated stories\nAnother story";
    const spans = findFurniture(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual([
      "Share: Facebook | X | Email",
      "en_USEnglish",
      "By Staff Correspondent",
      "Related stories\nAnother story",
    ]);
  });

  it("keeps initials and abbreviations inside a sentence", () => {
    const { sentences } = prepareText(
      "Ambassador Laura M. Whitcomb of the U.S. Department of State spoke. Dr. Rao agreed.",
    );
    expect(sentences.map((s) => s.text)).toEqual([
      "Ambassador Laura M. Whitcomb of the U.S. Department of State spoke.",
      "Dr. Rao agreed.",
    ]);
  });
});
