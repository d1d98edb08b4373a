import type { DbClient } from "@/lib/prisma-client";
import { countryName } from "@/lib/reference/countries";
import { agreementKindLabel } from "@/lib/labels";
import { firstTermEnd } from "@/lib/agreements/terms";
import { bulkInsert, NOW, syncSequence, type SqlValue } from "./bulk-insert";
import { createRandom, type Random } from "./random";
import { recordOrigins } from "@/lib/audit/origins";
import {
  AGREEMENT_SUBJECTS,
  CAPITALS,
  COUNTRY_POOL,
  EXTRA_TOPICS,
  FIRST_NAMES,
  LAST_NAMES,
  LEVEL_MEETING,
  MECHANISMS,
  ORGANISATION_TYPES,
  OUTCOME_TEMPLATES,
  TITLES,
} from "./vocabulary";

// Fills a database with realistic synthetic records of every kind, for benchmarks. Sizes follow the
// number of agreements: by default a fifth as many dialogues and twice as many outcomes.

export type SyntheticOptions = { agreements: number; dialogues?: number; outcomes?: number; seed?: number };
export type SyntheticCounts = Record<string, number>;

type Row = SqlValue[];
const DAY = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const START = new Date("2000-01-01T00:00:00Z");
const END = new Date("2027-12-31T00:00:00Z");
const LIFECYCLE = ["PROPOSED", "UNDER_NEGOTIATION", "SIGNED", "IN_FORCE"] as const;

type Sizes = { agreements: number; dialogues: number; outcomes: number; series: number; people: number };

/** What every step shares: the database, the random stream, the reference data and the bulk inserter. */
type Context = {
  db: DbClient;
  random: Random;
  today: Date;
  sizes: Sizes;
  counts: SyntheticCounts;
  countries: Map<string, number>;
  pool: string[];
  insert(table: string, columns: string[], rows: Row[]): Promise<void>;
  nextId(table: string): Promise<number>;
};

type Series = { id: number; name: string; parties: [string, string] };
type Meeting = {
  id: number;
  series: Series;
  level: keyof typeof LEVEL_MEETING;
  date: Date;
  status: string;
  hostCode: string;
  city: string;
  round: number;
};
type People = { orgsByCountry: Map<string, number[]>; peopleByCountry: Map<string, number[]> };
type Topic = { id: number; name: string };

export async function generateSynthetic(db: DbClient, options: SyntheticOptions): Promise<SyntheticCounts> {
  const nAgreements = options.agreements;
  const nDialogues = options.dialogues ?? Math.max(10, Math.round(nAgreements / 5));
  const sizes: Sizes = {
    agreements: nAgreements,
    dialogues: nDialogues,
    outcomes: options.outcomes ?? nAgreements * 2,
    series: Math.max(5, Math.round(nDialogues / 50)),
    people: Math.max(50, Math.round(nAgreements / 20)),
  };
  const counts: SyntheticCounts = {};
  const countries = new Map(
    (await db.country.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]),
  );
  const pool = COUNTRY_POOL.filter((code) => countries.has(code));
  if (pool.length < 2) throw new Error("Seed the countries first (npm run db:seed)");
  const ctx: Context = {
    db,
    random: createRandom(options.seed ?? 2024),
    today: new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z"),
    sizes,
    counts,
    countries,
    pool,
    insert: async (table, columns, rows) => {
      await bulkInsert(db, table, columns, rows);
      counts[table] = (counts[table] ?? 0) + rows.length;
    },
    nextId: async (table) =>
      Number(
        (await db.$queryRawUnsafe<{ max: number | null }[]>(`SELECT MAX(id) AS max FROM "${table}"`))[0]?.max ?? 0,
      ) + 1,
  };

  // Each step draws from the same random stream in turn: the same seed gives the same data.
  const topics = await addTopics(ctx);
  const people = await addPeople(ctx);
  const series = await addSeries(ctx);
  const { meetings, meetingTopics } = await addDialogues(ctx, series, topics, people);
  const agreementIds = await addAgreements(ctx, meetings, meetingTopics, people);
  await addOutcomes(ctx, meetings, meetingTopics, topics, agreementIds);
  await addSources(ctx, meetings, agreementIds);
  await addLinks(ctx, agreementIds);

  for (const table of ["Organisation", "Person", "DialogueSeries", "Dialogue", "Agreement", "Outcome", "Source"])
    await syncSequence(db, table);
  // Their history begins with where they came from; the audit events also move the data version on.
  counts.AuditEvent = await recordOrigins(db, "synthetic");
  await db.$executeRawUnsafe("ANALYZE");
  return counts;
}

/** The seeded topic tree plus more themes. */
async function addTopics({ db }: Context): Promise<Topic[]> {
  for (const topic of EXTRA_TOPICS) {
    const parent = topic.parent
      ? await db.topic.findUnique({ where: { slug: topic.parent }, select: { id: true } })
      : null;
    await db.topic.upsert({
      where: { slug: topic.slug },
      update: {},
      create: { slug: topic.slug, name: topic.name, synonyms: topic.synonyms, parentId: parent?.id },
    });
  }
  return db.topic.findMany({ where: { deletedAt: null }, select: { id: true, name: true } });
}

/** Organisations and people (each with a position), per country. */
async function addPeople({ random, today, sizes, countries, pool, insert, nextId }: Context): Promise<People> {
  let orgId = await nextId("Organisation");
  const orgsByCountry = new Map<string, number[]>();
  const orgRows: Row[] = [];
  for (const code of pool) {
    for (const type of ORGANISATION_TYPES) {
      orgRows.push([
        orgId,
        `${type.name} (${countryName(code)})`,
        `${type.acronym}-${code}`,
        type.kind,
        countries.get(code)!,
        NOW,
      ]);
      orgsByCountry.set(code, [...(orgsByCountry.get(code) ?? []), orgId++]);
    }
  }
  await insert("Organisation", ["id", "name", "acronym", "kind", "countryId", "updatedAt"], orgRows);

  let personId = await nextId("Person");
  const peopleByCountry = new Map<string, number[]>();
  const personRows: Row[] = [];
  const positionRows: Row[] = [];
  for (let i = 0; i < sizes.people; i++) {
    const code = random.pick(pool);
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    personRows.push([personId, name, random.chance(0.2) ? [name.split(" ")[1]!] : [], countries.get(code)!, NOW]);
    positionRows.push([
      personId,
      random.pick(orgsByCountry.get(code)!),
      random.pick(TITLES),
      random.chance(0.1),
      random.date(START, today),
      "MONTH",
      NOW,
    ]);
    peopleByCountry.set(code, [...(peopleByCountry.get(code) ?? []), personId++]);
  }
  await insert("Person", ["id", "name", "aliases", "countryId", "updatedAt"], personRows);
  await insert(
    "Position",
    ["personId", "organisationId", "title", "acting", "startDate", "startPrecision", "updatedAt"],
    positionRows,
  );
  return { orgsByCountry, peopleByCountry };
}

/** Series between two countries each. */
async function addSeries({ random, sizes, countries, pool, insert, nextId }: Context): Promise<Series[]> {
  let seriesId = await nextId("DialogueSeries");
  const series: Series[] = [];
  for (let i = 0; i < sizes.series; i++) {
    const [a, b] = random.sample(pool, 2) as [string, string];
    series.push({
      id: seriesId++,
      name: `${countryName(a)}-${countryName(b)} ${random.pick(MECHANISMS)}`,
      parties: [a, b],
    });
  }
  await insert(
    "DialogueSeries",
    ["id", "name", "establishedDate", "establishedPrecision", "updatedAt"],
    series.map((s) => [s.id, s.name, random.date(START, addDays(START, 3650)), "YEAR", NOW]),
  );
  await insert(
    "DialogueSeriesParty",
    ["seriesId", "countryId"],
    series.flatMap((s) => s.parties.map((c) => [s.id, countries.get(c)!])),
  );
  return series;
}

/** Meetings, in date order within each series so that round numbers follow time, with their topics and delegations. */
async function addDialogues(
  { random, today, sizes, countries, insert, nextId }: Context,
  series: Series[],
  topics: Topic[],
  { orgsByCountry, peopleByCountry }: People,
) {
  let dialogueId = await nextId("Dialogue");
  const meetings: Meeting[] = Array.from({ length: sizes.dialogues }, () => {
    const s = random.pick(series);
    const level = random.weighted({
      SENIOR_OFFICIALS: 5,
      WORKING_GROUP: 4,
      MINISTERIAL: 2,
      EXPERT: 2,
      LEADERS: 1,
      TRACK_1_5: 1,
    });
    const date = random.date(START, END);
    const future = date > today;
    const status = future ? random.weighted({ PLANNED: 9, POSTPONED: 1 }) : random.weighted({ HELD: 49, CANCELLED: 1 });
    const hostCode = random.pick(s.parties);
    return { id: 0, series: s, level, date, status, hostCode, city: random.pick(CAPITALS[hostCode]!), round: 0 };
  }).sort((x, y) => x.date.getTime() - y.date.getTime());
  const rounds = new Map<number, number>();
  for (const d of meetings) {
    d.id = dialogueId++;
    d.round = (rounds.get(d.series.id) ?? 0) + 1;
    rounds.set(d.series.id, d.round);
  }
  await insert(
    "Dialogue",
    [
      "id",
      "seriesId",
      "title",
      "roundNumber",
      "level",
      "startDate",
      "startPrecision",
      "venueCity",
      "venueCountryId",
      "status",
      "summary",
      "updatedAt",
    ],
    meetings.map((d) => [
      d.id,
      d.series.id,
      `${d.series.name}: ${LEVEL_MEETING[d.level]}, ${d.city}`,
      d.round,
      d.level,
      d.date,
      random.weighted({ DAY: 17, MONTH: 2, YEAR: 1 }),
      d.city,
      countries.get(d.hostCode)!,
      d.status,
      `Round ${d.round} of the ${d.series.name}, held at ${LEVEL_MEETING[d.level]} level in ${d.city}.`,
      NOW,
    ]),
  );
  const meetingTopics = new Map<number, number[]>();
  await insert(
    "DialogueTopic",
    ["dialogueId", "topicId"],
    meetings.flatMap((d) => {
      const chosen = random.sample(topics, random.int(2, 4)).map((t) => t.id);
      meetingTopics.set(d.id, chosen);
      return chosen.map((t) => [d.id, t]);
    }),
  );

  const participationRows: Row[] = [];
  for (const d of meetings) {
    if (d.status !== "HELD") continue;
    for (const [index, code] of d.series.parties.entries()) {
      const people = peopleByCountry.get(code) ?? [];
      for (const [n, person] of random.sample(people, 2).entries()) {
        participationRows.push([
          d.id,
          person,
          random.pick(orgsByCountry.get(code)!),
          countries.get(code)!,
          n === 0 ? "CO_CHAIR" : "MEMBER",
          random.pick(TITLES),
          index === 1 && n === 0 && random.chance(0.1),
          NOW,
        ]);
      }
    }
  }
  await insert(
    "Participation",
    ["dialogueId", "personId", "organisationId", "countryId", "role", "statedTitle", "isActing", "updatedAt"],
    participationRows,
  );
  return { meetings, meetingTopics };
}

/** Agreements with their lifecycle, parties, signatories and topics; returns their ids. */
async function addAgreements(
  { random, today, sizes, countries, insert, nextId }: Context,
  meetings: Meeting[],
  meetingTopics: Map<number, number[]>,
  { orgsByCountry }: People,
) {
  let agreementId = await nextId("Agreement");
  const agreementRows: Row[] = [];
  const historyRows: Row[] = [];
  const partyRows: Row[] = [];
  const signatoryRows: Row[] = [];
  const agreementTopicRows: Row[] = [];
  const agreementIds: number[] = [];
  for (let i = 0; i < sizes.agreements; i++) {
    const d = random.pick(meetings);
    const kind = random.weighted({
      MOU: 5,
      MEMORANDUM_OF_COOPERATION: 3,
      AGREEMENT: 2,
      JOINT_STATEMENT: 2,
      LETTER_OF_INTENT: 1,
      PROTOCOL: 1,
      TREATY: 1,
      ACTION_PLAN: 1,
    });
    const final =
      d.date > today
        ? random.weighted({ PROPOSED: 1, UNDER_NEGOTIATION: 3 })
        : random.weighted({
            UNDER_NEGOTIATION: 2,
            SIGNED: 5,
            IN_FORCE: 3,
            EXPIRED: 1,
            TERMINATED: 0.3,
            WITHDRAWN: 0.3,
            PROPOSED: 0.5,
          });
    const history = lifecycle(final, d.date, today, random);
    const signed = history.find((h) => h.status === "SIGNED");
    const inForce = history.find((h) => h.status === "IN_FORCE");
    const [a, b] = d.series.parties;
    const subject = random.pick(AGREEMENT_SUBJECTS);
    const id = agreementId++;
    agreementIds.push(id);
    agreementRows.push([
      id,
      `${agreementKindLabel[kind]} on ${subject} between ${countryName(a)} and ${countryName(b)}`,
      kind,
      kind === "TREATY" || kind === "AGREEMENT",
      final,
      history.at(-1)!.date,
      signed?.date ?? null,
      signed ? "DAY" : null,
      inForce?.date ?? null,
      inForce ? "DAY" : null,
      random.chance(0.85) ? d.id : null,
      `${subject}: cooperation between ${countryName(a)} and ${countryName(b)}.`,
      NOW,
    ]);
    // Two in five concluded agreements state a term; one in four of those renews itself yearly.
    const termMonths = signed && random.chance(0.4) ? random.pick([24, 36, 60, 120]) : null;
    const autoRenews = termMonths !== null && random.chance(0.25);
    const termEndsOn = firstTermEnd({
      signedDate: signed?.date ?? null,
      entryIntoForceDate: inForce?.date ?? null,
      expiryDate: null,
      expiryPrecision: null,
      termMonths,
    });
    agreementRows.at(-1)!.push(termMonths, autoRenews, autoRenews ? 12 : null, termEndsOn);
    for (const h of history) historyRows.push([id, h.status, h.date, "DAY"]);
    partyRows.push([id, countries.get(a)!], [id, countries.get(b)!]);
    if (signed)
      for (const code of [a, b]) signatoryRows.push([id, random.pick(orgsByCountry.get(code)!), countries.get(code)!]);
    for (const t of random.sample(meetingTopics.get(d.id) ?? [], random.int(1, 2))) agreementTopicRows.push([id, t]);
  }
  await insert(
    "Agreement",
    [
      "id",
      "title",
      "kind",
      "legallyBinding",
      "status",
      "statusChangedAt",
      "signedDate",
      "signedPrecision",
      "entryIntoForceDate",
      "entryIntoForcePrecision",
      "dialogueId",
      "summary",
      "updatedAt",
      "termMonths",
      "autoRenews",
      "renewalMonths",
      "termEndsOn",
    ],
    agreementRows,
  );
  await insert("AgreementStatusChange", ["agreementId", "status", "date", "precision"], historyRows);
  await insert("AgreementParty", ["agreementId", "countryId"], partyRows);
  await insert("AgreementSignatory", ["agreementId", "organisationId", "countryId"], signatoryRows);
  await insert("AgreementTopic", ["agreementId", "topicId"], agreementTopicRows);
  return agreementIds;
}

/** Outcomes of the meetings: decisions, commitments with their follow-up, agreements signed. */
async function addOutcomes(
  { random, sizes, insert, nextId }: Context,
  meetings: Meeting[],
  meetingTopics: Map<number, number[]>,
  topics: Topic[],
  agreementIds: number[],
) {
  let outcomeId = await nextId("Outcome");
  const outcomeRows: Row[] = [];
  const outcomeTopicRows: Row[] = [];
  const outcomeAgreementRows: Row[] = [];
  const topicName = new Map(topics.map((t) => [t.id, t.name.toLowerCase()]));
  for (let i = 0; i < sizes.outcomes; i++) {
    const d = random.pick(meetings);
    const template = random.pick(OUTCOME_TEMPLATES);
    const topicId = random.pick(meetingTopics.get(d.id)!);
    const followUp = template.kind === "COMMITMENT" || template.kind === "NEXT_STEP";
    const status = followUp ? random.weighted({ OPEN: 4, IN_PROGRESS: 2, DONE: 3, LAPSED: 1 }) : null;
    const id = outcomeId++;
    outcomeRows.push([
      id,
      d.id,
      template.kind,
      template.text.replace("{topic}", topicName.get(topicId)!),
      status,
      followUp && random.chance(0.5) ? addDays(d.date, random.int(30, 720)) : null,
      followUp ? "MONTH" : null,
      NOW,
    ]);
    outcomeTopicRows.push([id, topicId]);
    if (template.kind === "AGREEMENT_SIGNED") outcomeAgreementRows.push([id, random.pick(agreementIds)]);
  }
  await insert(
    "Outcome",
    ["id", "dialogueId", "kind", "text", "followUpStatus", "dueDate", "duePrecision", "updatedAt"],
    outcomeRows,
  );
  await insert("OutcomeTopic", ["outcomeId", "topicId"], outcomeTopicRows);
  await insert("OutcomeAgreement", ["outcomeId", "agreementId"], outcomeAgreementRows);
}

/** Sources (readouts, statements, reports) of held meetings, and citations of meetings and agreements. */
async function addSources({ random, sizes, insert, nextId }: Context, meetings: Meeting[], agreementIds: number[]) {
  let sourceId = await nextId("Source");
  const sourceRows: Row[] = [];
  const citationRows: Row[] = [];
  for (const d of meetings.filter((x) => x.status === "HELD").slice(0, Math.max(1, Math.round(sizes.agreements / 5)))) {
    const id = sourceId++;
    const kind = random.weighted({
      OFFICIAL_READOUT: 3,
      JOINT_STATEMENT: 2,
      PRESS_REPORT: 3,
      PRESS_REPORT_ANONYMOUS: 1,
      ANALYSIS: 1,
    });
    const quote = `The two sides held the ${LEVEL_MEETING[d.level]} of the ${d.series.name} in ${d.city}.`;
    sourceRows.push([
      id,
      `${kind === "JOINT_STATEMENT" ? "Joint statement" : "Readout"}: ${d.series.name}, ${d.city}`,
      kind === "PRESS_REPORT" ? "The Daily Record" : "Ministry of Foreign Affairs",
      addDays(d.date, random.int(0, 2)),
      "DAY",
      kind,
      random.weighted({ A: 2, B: 4, C: 2, D: 1, F: 1 }),
      `${quote} They reviewed cooperation and agreed to meet again.`,
      NOW,
    ]);
    citationRows.push([id, "DIALOGUE", d.id, quote, random.int(1, 3), NOW]);
  }
  await insert(
    "Source",
    ["id", "title", "publisher", "publishedDate", "publishedPrecision", "kind", "reliability", "body", "updatedAt"],
    sourceRows,
  );
  const sourceIds = sourceRows.map((r) => r[0] as number);
  const agreementCitations = sourceIds.length ? sizes.agreements - citationRows.length : 0;
  for (let i = 0; i < agreementCitations; i++) {
    citationRows.push([random.pick(sourceIds), "AGREEMENT", random.pick(agreementIds), null, random.int(1, 6), NOW]);
  }
  await insert("Citation", ["sourceId", "recordType", "recordId", "quote", "credibility", "updatedAt"], citationRows);
}

/** Cross-links between agreements (supersedes, implements, amends, related). */
async function addLinks({ random, sizes, insert }: Context, agreementIds: number[]) {
  const linkKeys = new Set<string>();
  const linkRows: Row[] = [];
  for (let i = 0; i < Math.round(sizes.agreements / 4); i++) {
    const [from, to] = random.sample(agreementIds, 2);
    const relation = random.weighted({ SUPERSEDES: 1, IMPLEMENTS: 2, AMENDS: 1, RELATED: 3 });
    const key = `${from}:${relation}:${to}`;
    if (from === undefined || to === undefined || linkKeys.has(key)) continue;
    linkKeys.add(key);
    linkRows.push(["AGREEMENT", from, relation, "AGREEMENT", to, NOW]);
  }
  await insert("Link", ["fromType", "fromId", "relation", "toType", "toId", "updatedAt"], linkRows);
}

/** The dated path an agreement took to its current status, starting at the dialogue. */
function lifecycle(final: string, start: Date, today: Date, random: Random) {
  const path: string[] = ["EXPIRED", "TERMINATED"].includes(final)
    ? [...LIFECYCLE, final]
    : final === "WITHDRAWN"
      ? ["PROPOSED", "UNDER_NEGOTIATION", "WITHDRAWN"]
      : LIFECYCLE.slice(0, LIFECYCLE.indexOf(final as (typeof LIFECYCLE)[number]) + 1);
  // Only talks still under way may be dated in the future; clamping keeps the dates in order.
  const mayBeFuture = final === "PROPOSED" || final === "UNDER_NEGOTIATION";
  let date = addDays(start, -random.int(0, 400));
  return path.map((status, i) => {
    if (i > 0) date = addDays(date, random.int(30, 900));
    if (date > today && !mayBeFuture) date = today;
    return { status, date };
  });
}
