import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { DatePrecision, RecordType } from "@/lib/domain";
import { agreementStatusLabel, dialogueStatusLabel, followUpStatusLabel } from "@/lib/labels";
import { today } from "@/lib/dates";
import { groupBy } from "@/lib/group-by";
import type { Branches } from "./source";
import { compareEvents, type EventSource, type TimelineEvent } from "./event";
import { scoreLabel, type ComplianceScore } from "@/lib/compliance/scale";

// The events of a timeline, oldest first, as a stream: each kind of event is read in batches by
// keyset (date, id), so memory stays flat and the first events arrive at once however many
// follow, and the three sorted streams are merged. Each batch is completed with its records'
// parties, themes and cited sources in three more queries.

export const BATCH = 1000;

type Row = {
  id: number;
  version: number;
  title: string;
  date: Date | null;
  precision: DatePrecision;
  endDate: Date | null;
  endPrecision: DatePrecision | null;
  status: string;
  kind: string | null;
  series: string | null;
  location: string | null;
  description: string | null;
  /** the status change, for agreement milestones */
  changeId: number | null;
  /** the record the parties, themes and sources come from */
  recordType: RecordType;
  recordId: number;
  seriesId: number | null;
  pageUrl: string;
  /** set by the readers of events that are not the record's own (an assessment, a term's end) */
  eventType?: "assessment" | "expiry";
};

const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * Where a batch starts: dated rows first, in (date, id) order from just after the last one read
 * (a range on the (date, id) index, so each batch costs the same however far in), then the
 * undated ones by id.
 */
type Cursor = { phase: "dated"; date: Date | null; id: number } | { phase: "undated"; id: number };

function after(cursor: Cursor, date: Prisma.Sql, id: Prisma.Sql): Prisma.Sql {
  if (cursor.phase === "undated") return Prisma.sql`${date} IS NULL AND ${id} > ${cursor.id}`;
  if (cursor.date === null) return Prisma.sql`${date} IS NOT NULL`;
  return Prisma.sql`${date} IS NOT NULL AND (${date}, ${id}) > (${cursor.date}::date, ${cursor.id})`;
}

function dialogueRows(where: Prisma.Sql, cursor: Cursor, limit: number) {
  return db.$queryRaw<Row[]>`
    SELECT a.id, a.version, a.title, a."startDate" AS date, a."startPrecision" AS precision, a."endDate", a."endPrecision",
           a.status::text AS status, a.level::text AS kind, ds.name AS series, concat_ws(', ', a."venueCity", vc.name) AS location, a.summary AS description,
           NULL::int AS "changeId", 'DIALOGUE' AS "recordType", a.id AS "recordId", a."seriesId", '/dialogues/' || a.id AS "pageUrl"
    FROM "Dialogue" a JOIN "DialogueSeries" ds ON ds.id = a."seriesId" LEFT JOIN "Country" vc ON vc.id = a."venueCountryId"
    WHERE a."deletedAt" IS NULL AND ${where} AND ${after(cursor, Prisma.sql`a."startDate"`, Prisma.sql`a.id`)}
    ORDER BY a."startDate" ASC NULLS LAST, a.id ASC LIMIT ${limit}`;
}

function agreementRows(where: Prisma.Sql, cursor: Cursor, limit: number) {
  return db.$queryRaw<Row[]>`
    SELECT s.id, a.version, a.title, s.date, s.precision, NULL::date AS "endDate", NULL AS "endPrecision",
           s.status::text AS status, a.kind::text AS kind, ds.name AS series, NULL AS location, coalesce(s.note, a.summary) AS description,
           s.id AS "changeId", 'AGREEMENT' AS "recordType", a.id AS "recordId", ad."seriesId", '/agreements/' || a.id AS "pageUrl"
    FROM "AgreementStatusChange" s JOIN "Agreement" a ON a.id = s."agreementId"
    LEFT JOIN "Dialogue" ad ON ad.id = a."dialogueId" LEFT JOIN "DialogueSeries" ds ON ds.id = ad."seriesId"
    WHERE a."deletedAt" IS NULL AND ${where} AND ${after(cursor, Prisma.sql`s.date`, Prisma.sql`s.id`)}
    ORDER BY s.date ASC, s.id ASC LIMIT ${limit}`;
}

function commitmentRows(where: Prisma.Sql, cursor: Cursor, limit: number) {
  return db.$queryRaw<Row[]>`
    SELECT o.id, o.version, o.text AS title, o."dueDate" AS date, coalesce(o."duePrecision", 'DAY') AS precision, NULL::date AS "endDate", NULL AS "endPrecision",
           coalesce(o."followUpStatus"::text, 'OPEN') AS status, o.kind::text AS kind, ds.name AS series, NULL AS location, 'Made at ' || a.title AS description,
           NULL::int AS "changeId", 'OUTCOME' AS "recordType", o.id AS "recordId", a."seriesId", '/dialogues/' || a.id || '#outcome-' || o.id AS "pageUrl"
    FROM "Outcome" o JOIN "Dialogue" a ON a.id = o."dialogueId" JOIN "DialogueSeries" ds ON ds.id = a."seriesId"
    WHERE o."deletedAt" IS NULL AND a."deletedAt" IS NULL AND o."dueDate" IS NOT NULL AND ${where} AND ${after(cursor, Prisma.sql`o."dueDate"`, Prisma.sql`o.id`)}
    ORDER BY o."dueDate" ASC, o.id ASC LIMIT ${limit}`;
}

// A party's compliance assessment of a commitment: its topics and sources are the commitment's.
function assessmentRows(where: Prisma.Sql, cursor: Cursor, limit: number) {
  return db.$queryRaw<Row[]>`
    SELECT ca.id, ca.version, c.name || ' on “' || o.text || '”' AS title, ca."assessedDate" AS date, ca."assessedPrecision" AS precision,
           NULL::date AS "endDate", NULL AS "endPrecision", ca.score::text AS status, ca.phase::text AS kind, ds.name AS series,
           NULL AS location, ca.note AS description, NULL::int AS "changeId", 'OUTCOME' AS "recordType", o.id AS "recordId",
           a."seriesId", '/outcomes/' || o.id || '#assessment-' || ca.id AS "pageUrl", 'assessment' AS "eventType"
    FROM "ComplianceAssessment" ca JOIN "Country" c ON c.id = ca."countryId" JOIN "Outcome" o ON o.id = ca."outcomeId"
    JOIN "Dialogue" a ON a.id = o."dialogueId" JOIN "DialogueSeries" ds ON ds.id = a."seriesId"
    WHERE ca."deletedAt" IS NULL AND o."deletedAt" IS NULL AND a."deletedAt" IS NULL AND ${where}
      AND ${after(cursor, Prisma.sql`ca."assessedDate"`, Prisma.sql`ca.id`)}
    ORDER BY ca."assessedDate" ASC, ca.id ASC LIMIT ${limit}`;
}

// The day a signed or in-force agreement's term ends (lib/agreements/terms.ts; a renewing one's
// current period once the alerts register has rolled it on).
function expiryRows(where: Prisma.Sql, cursor: Cursor, limit: number) {
  return db.$queryRaw<Row[]>`
    SELECT a.id, a.version, a.title, a."termEndsOn" AS date, 'DAY' AS precision, NULL::date AS "endDate", NULL AS "endPrecision",
           a.status::text AS status, a.kind::text AS kind, ds.name AS series, NULL AS location,
           CASE WHEN a."autoRenews" THEN 'Renews automatically unless notice is given' ELSE 'The term ends' END AS description,
           NULL::int AS "changeId", 'AGREEMENT' AS "recordType", a.id AS "recordId", ad."seriesId", '/agreements/' || a.id AS "pageUrl",
           'expiry' AS "eventType"
    FROM "Agreement" a LEFT JOIN "Dialogue" ad ON ad.id = a."dialogueId" LEFT JOIN "DialogueSeries" ds ON ds.id = ad."seriesId"
    WHERE a."deletedAt" IS NULL AND a."termEndsOn" IS NOT NULL AND a.status IN ('SIGNED', 'IN_FORCE') AND ${where}
      AND ${after(cursor, Prisma.sql`a."termEndsOn"`, Prisma.sql`a.id`)}
    ORDER BY a."termEndsOn" ASC, a.id ASC LIMIT ${limit}`;
}

type Read = (cursor: Cursor, limit: number) => Promise<Row[]>;

/** The rows of one kind of event, batch by batch, in (date, id) order, undated last. */
async function* rowsOf(read: Read, batch: number): AsyncGenerator<Row[]> {
  let cursor: Cursor = { phase: "dated", date: null, id: 0 };
  for (;;) {
    const rows = await read(cursor, batch);
    if (rows.length) yield rows;
    if (rows.length === batch) {
      const last = rows[rows.length - 1]!;
      cursor =
        cursor.phase === "dated" ? { phase: "dated", date: last.date, id: last.id } : { phase: "undated", id: last.id };
    } else if (cursor.phase === "dated") {
      cursor = { phase: "undated", id: 0 };
    } else {
      return;
    }
  }
}

type Extras = { parties: Map<string, string[]>; topics: Map<string, string[]>; sources: Map<string, EventSource[]> };

/** Parties, themes and cited sources of a batch's records (keyed "TYPE:id"). */
async function extrasFor(rows: Row[]): Promise<Extras> {
  const ids = (type: RecordType) => [...new Set(rows.filter((r) => r.recordType === type).map((r) => r.recordId))];
  const [dialogues, agreements, outcomes] = [ids("DIALOGUE"), ids("AGREEMENT"), ids("OUTCOME")];
  const seriesIds = [...new Set(rows.map((r) => r.seriesId).filter((id): id is number => id !== null))];
  const none = Prisma.sql`-1`;
  const list = (values: number[]) => (values.length ? Prisma.join(values) : none);
  const [parties, topics, sources] = await Promise.all([
    db.$queryRaw<{ key: string; name: string }[]>`
      SELECT 'AGREEMENT:' || p."agreementId" AS key, c.name FROM "AgreementParty" p JOIN "Country" c ON c.id = p."countryId" WHERE p."agreementId" IN (${list(agreements)})
      UNION ALL SELECT 'SERIES:' || p."seriesId", c.name FROM "DialogueSeriesParty" p JOIN "Country" c ON c.id = p."countryId" WHERE p."seriesId" IN (${list(seriesIds)})
      ORDER BY 1, 2`,
    db.$queryRaw<{ key: string; name: string }[]>`
      SELECT 'DIALOGUE:' || x."dialogueId" AS key, t.name FROM "DialogueTopic" x JOIN "Topic" t ON t.id = x."topicId" WHERE x."dialogueId" IN (${list(dialogues)}) AND t."deletedAt" IS NULL
      UNION ALL SELECT 'AGREEMENT:' || x."agreementId", t.name FROM "AgreementTopic" x JOIN "Topic" t ON t.id = x."topicId" WHERE x."agreementId" IN (${list(agreements)}) AND t."deletedAt" IS NULL
      UNION ALL SELECT 'OUTCOME:' || x."outcomeId", t.name FROM "OutcomeTopic" x JOIN "Topic" t ON t.id = x."topicId" WHERE x."outcomeId" IN (${list(outcomes)}) AND t."deletedAt" IS NULL
      ORDER BY 1, 2`,
    db.$queryRaw<{ key: string; title: string; publisher: string | null; url: string | null; date: Date | null }[]>`
      SELECT DISTINCT c."recordType"::text || ':' || c."recordId" AS key, s.title, s.publisher, s.url, s."publishedDate" AS date
      FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId"
      WHERE c."deletedAt" IS NULL AND s."deletedAt" IS NULL AND (
        (c."recordType" = 'DIALOGUE' AND c."recordId" IN (${list(dialogues)})) OR (c."recordType" = 'AGREEMENT' AND c."recordId" IN (${list(agreements)}))
        OR (c."recordType" = 'OUTCOME' AND c."recordId" IN (${list(outcomes)})))
      ORDER BY 1, 2`,
  ]);
  const names = (rows: { key: string; name: string }[]) =>
    new Map([...groupBy(rows, (r) => r.key)].map(([key, list]) => [key, list.map((r) => r.name)]));
  return {
    parties: names(parties),
    topics: names(topics),
    sources: new Map(
      [...groupBy(sources, (s) => s.key)].map(([key, list]) => [
        key,
        list.map((s) => ({ title: s.title, publisher: s.publisher, url: s.url, date: iso(s.date) })),
      ]),
    ),
  };
}

function toEvent(row: Row, extras: Extras, baseUrl: string, now: Date): TimelineEvent {
  const key = `${row.recordType}:${row.recordId}`;
  const future = row.date !== null && row.date > now;
  const [type, uid, statusLabel, planned] =
    row.eventType === "assessment"
      ? (["assessment", `assessment-${row.id}`, scoreLabel(Number(row.status) as ComplianceScore), false] as const)
      : row.eventType === "expiry"
        ? (["expiry", `agreement-${row.id}-term-end`, row.description ?? "The term ends", future] as const)
        : row.recordType === "DIALOGUE"
          ? ([
              "dialogue",
              `dialogue-${row.id}`,
              dialogueStatusLabel[row.status as keyof typeof dialogueStatusLabel],
              row.status === "PLANNED" || row.status === "POSTPONED" || future,
            ] as const)
          : row.recordType === "AGREEMENT"
            ? ([
                "agreement",
                `agreement-${row.recordId}-status-${row.changeId}`,
                agreementStatusLabel[row.status as keyof typeof agreementStatusLabel],
                future,
              ] as const)
            : ([
                "commitment",
                `commitment-${row.id}`,
                followUpStatusLabel[row.status as keyof typeof followUpStatusLabel],
                (row.status === "OPEN" || row.status === "IN_PROGRESS") && !(row.date! < now),
              ] as const);
  return {
    uid,
    type,
    recordId: row.recordId,
    version: row.version,
    date: iso(row.date),
    precision: row.precision,
    endDate: iso(row.endDate),
    endPrecision: row.endPrecision,
    planned,
    title: row.title,
    kind: row.kind,
    status: row.status,
    statusLabel: statusLabel ?? row.status,
    series: row.series,
    location: row.location || null,
    description: row.description,
    parties: extras.parties.get(row.recordType === "AGREEMENT" ? key : `SERIES:${row.seriesId}`) ?? [],
    topics: extras.topics.get(key) ?? [],
    url: baseUrl + row.pageUrl,
    sources: extras.sources.get(key) ?? [],
  };
}

const NO_EXTRAS: Extras = { parties: new Map(), topics: new Map(), sources: new Map() };
type Bare = { row: Row; event: TimelineEvent };

/** The events of one kind, batch by batch, not yet completed (enough to put them in order). */
async function* bareEventsOf(read: Read, batch: number, baseUrl: string, now: Date): AsyncGenerator<Bare> {
  for await (const rows of rowsOf(read, batch))
    for (const row of rows) yield { row, event: toEvent(row, NO_EXTRAS, baseUrl, now) };
}

/** Merges streams that are each in timeline order into one in timeline order. */
async function* mergeSorted(streams: AsyncGenerator<Bare>[]): AsyncGenerator<Bare> {
  const heads = await Promise.all(streams.map(async (s) => ({ stream: s, next: await s.next() })));
  try {
    for (;;) {
      let best: (typeof heads)[number] | undefined;
      for (const head of heads)
        if (!head.next.done && (!best || compareEvents(head.next.value.event, (best.next.value as Bare).event) < 0))
          best = head;
      if (!best) return;
      yield best.next.value as Bare;
      best.next = await best.stream.next();
    }
  } finally {
    await Promise.all(heads.map((h) => h.stream.return(undefined)));
  }
}

/**
 * The merged events completed with their parties, themes and sources, `batch` at a time: a page's
 * events take three queries, however many kinds of event it shows.
 */
async function* completed(merged: AsyncGenerator<Bare>, batch: number, baseUrl: string, now: Date) {
  let chunk: Bare[] = [];
  const complete = async () => {
    const extras = await extrasFor(chunk.map((c) => c.row));
    const events = chunk.map((c) => toEvent(c.row, extras, baseUrl, now));
    chunk = [];
    return events;
  };
  for await (const item of merged) {
    chunk.push(item);
    if (chunk.length === batch) yield* await complete();
  }
  if (chunk.length) yield* await complete();
}

/**
 * Every event of the timeline, oldest first, undated last. `baseUrl` makes the links absolute;
 * `batch` is how many rows of each kind are read at a time (a page that shows the first N events
 * needs no more than N of any kind).
 */
export function timelineEvents(branches: Branches, baseUrl: string, batch = BATCH): AsyncGenerator<TimelineEvent> {
  const now = today();
  const streams: AsyncGenerator<Bare>[] = [];
  if (branches.dialogue) {
    const where = branches.dialogue;
    streams.push(bareEventsOf((c, limit) => dialogueRows(where, c, limit), batch, baseUrl, now));
  }
  if (branches.agreement) {
    const where = branches.agreement;
    streams.push(bareEventsOf((c, limit) => agreementRows(where, c, limit), batch, baseUrl, now));
  }
  if (branches.commitment) {
    const where = branches.commitment;
    streams.push(bareEventsOf((c, limit) => commitmentRows(where, c, limit), batch, baseUrl, now));
  }
  if (branches.assessment) {
    const where = branches.assessment;
    streams.push(bareEventsOf((c, limit) => assessmentRows(where, c, limit), batch, baseUrl, now));
  }
  if (branches.expiry) {
    const where = branches.expiry;
    streams.push(bareEventsOf((c, limit) => expiryRows(where, c, limit), batch, baseUrl, now));
  }
  return completed(mergeSorted(streams), batch, baseUrl, now);
}
