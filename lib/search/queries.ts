import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { looseQuery, MARK_END, MARK_START, queryTerms, termRuns, type QueryTerm } from "./query";

import { searchTypeLabel, type SearchType } from "./params";

export { MAX_QUERY_LENGTH, normaliseQuery } from "./query";
export { SEARCH_TYPES, searchTypeLabel, type SearchType } from "./params";

// One search box across the records analysts write: PostgreSQL full-text search (the same on PGlite
// and PostgreSQL), ranked, with highlighted snippets. The query matches as typed (websearch syntax:
// "phrases", -not, or), with its last word as a prefix, and also as the names behind any
// organisation acronym or topic synonym it contains ("FLETC" finds the Federal Law Enforcement
// Training Centers' agreements). Each searched table keeps what it is searched by as a generated
// "searchVector" column with a GIN index (prisma/migrations/*_search_vectors), so matching a phrase
// and ranking read the stored vector instead of computing it again per candidate row.

/** `createdAfter`: only what was recorded after then (what a saved search has that is new). */
export type SearchFilters = { types?: SearchType[]; from?: Date; to?: Date; createdAfter?: Date };
export type SearchHit = { key: string; title: string; href: string; snippet?: string; rank: number };
export type SearchGroup = { type: SearchType; label: string; items: SearchHit[] };

const LABELS = searchTypeLabel;
const PER_TYPE = 10;
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

type Row = { id: number; title: string; snippet: string | null; rank: number; extra: number | null };

/**
 * What runs of the query's terms stand for: organisations by acronym ("FLETC") and topics by name or
 * synonym ("counter-narcotics"), so each such run also matches as the names behind it.
 */
async function expansions(terms: QueryTerm[]) {
  const runs = termRuns(terms);
  if (!runs.length) return { organisationIds: [] as number[], alternatives: new Map<string, string[]>() };
  const [organisations, topics] = await Promise.all([
    db.$queryRaw<{ id: number; name: string; acronym: string }[]>`
      SELECT id, name, acronym FROM "Organisation"
      WHERE "deletedAt" IS NULL AND lower(acronym) = ANY(${runs}) ORDER BY id LIMIT 10`,
    db.$queryRaw<{ name: string; synonyms: string[] }[]>`
      SELECT name, synonyms FROM "Topic"
      WHERE "deletedAt" IS NULL
        AND (lower(name) = ANY(${runs}) OR EXISTS (SELECT 1 FROM unnest(synonyms) s WHERE lower(s) = ANY(${runs})))
      ORDER BY id LIMIT 10`,
  ]);
  const alternatives = new Map<string, string[]>();
  const add = (run: string, names: string[]) =>
    alternatives.set(run, [
      ...new Set([...(alternatives.get(run) ?? []), ...names.filter((n) => n.toLowerCase() !== run)]),
    ]);
  for (const o of organisations) add(o.acronym.toLowerCase(), [o.name]);
  for (const t of topics) {
    const names = [t.name, ...t.synonyms];
    for (const run of runs) if (names.some((n) => n.toLowerCase() === run)) add(run, names);
  }
  // A query that is just an acronym also finds what the organisation took part in or signed.
  return { organisationIds: terms.length === 1 ? organisations.map((o) => o.id) : [], alternatives };
}

export async function searchRecords(query: string, filters: SearchFilters = {}): Promise<SearchGroup[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const { organisationIds, alternatives } = await expansions(terms);
  const tsquery = Prisma.sql`(websearch_to_tsquery('english', ${query}) || to_tsquery('english', ${looseQuery(terms, alternatives)}))`;
  const wanted = (type: SearchType) => !filters.types?.length || filters.types.includes(type);
  const between = (column: Prisma.Sql) =>
    Prisma.sql`${filters.from ? Prisma.sql` AND ${column} >= ${filters.from}` : Prisma.empty}${filters.to ? Prisma.sql` AND ${column} <= ${filters.to}` : Prisma.empty}`;
  const recorded = (alias: string) =>
    filters.createdAfter ? Prisma.sql` AND ${Prisma.raw(alias)}."createdAt" > ${filters.createdAfter}` : Prisma.empty;
  const run = (type: SearchType, sql: Prisma.Sql) =>
    wanted(type) ? db.$queryRaw<Row[]>(sql) : Promise.resolve([] as Row[]);
  const orgIds = organisationIds.length ? organisationIds : [-1];

  const [dialogues, agreements, outcomes, assessments, agendaItems, passages, sources, people, organisations] =
    await Promise.all([
      run(
        "dialogue",
        Prisma.sql`
      SELECT d.id, d.title, ts_headline('english', coalesce(d.summary, d.title), ${tsquery}, ${HEADLINE}) AS snippet,
             (ts_rank_cd(d."searchVector", ${tsquery})
              + CASE WHEN EXISTS (SELECT 1 FROM "Participation" p WHERE p."dialogueId" = d.id AND p."organisationId" IN (${Prisma.join(orgIds)})) THEN 0.1 ELSE 0 END)::float8 AS rank,
             NULL::int AS extra
      FROM "Dialogue" d
      WHERE d."deletedAt" IS NULL ${recorded("d")} ${between(Prisma.sql`d."startDate"`)}
        AND (d."searchVector" @@ ${tsquery}
             ${organisationIds.length ? Prisma.sql`OR d.id IN (SELECT p."dialogueId" FROM "Participation" p WHERE p."organisationId" IN (${Prisma.join(orgIds)}) AND p."deletedAt" IS NULL)` : Prisma.empty})
      ORDER BY rank DESC, d."startDate" DESC NULLS LAST LIMIT ${PER_TYPE}`,
      ),
      run(
        "agreement",
        Prisma.sql`
      SELECT a.id, a.title, ts_headline('english', coalesce(a.summary, a.title), ${tsquery}, ${HEADLINE}) AS snippet,
             (ts_rank_cd(a."searchVector", ${tsquery})
              + CASE WHEN EXISTS (SELECT 1 FROM "AgreementSignatory" s WHERE s."agreementId" = a.id AND s."organisationId" IN (${Prisma.join(orgIds)})) THEN 0.1 ELSE 0 END)::float8 AS rank,
             NULL::int AS extra
      FROM "Agreement" a
      WHERE a."deletedAt" IS NULL ${recorded("a")} ${between(Prisma.sql`coalesce(a."signedDate", a."statusChangedAt")`)}
        AND (a."searchVector" @@ ${tsquery}
             ${organisationIds.length ? Prisma.sql`OR a.id IN (SELECT s."agreementId" FROM "AgreementSignatory" s WHERE s."organisationId" IN (${Prisma.join(orgIds)}))` : Prisma.empty})
      ORDER BY rank DESC, a."statusChangedAt" DESC NULLS LAST LIMIT ${PER_TYPE}`,
      ),
      run(
        "outcome",
        Prisma.sql`
      SELECT o.id, left(o.text, 160) AS title, ts_headline('english', o.text, ${tsquery}, ${HEADLINE}) AS snippet,
             ts_rank_cd(o."searchVector", ${tsquery})::float8 AS rank, o."dialogueId" AS extra
      FROM "Outcome" o JOIN "Dialogue" d ON d.id = o."dialogueId"
      WHERE o."deletedAt" IS NULL ${recorded("o")} AND d."deletedAt" IS NULL ${between(Prisma.sql`d."startDate"`)}
        AND o."searchVector" @@ ${tsquery}
      ORDER BY rank DESC, o.id DESC LIMIT ${PER_TYPE}`,
      ),
      // An assessment is found by its note, and named by its commitment and party.
      run(
        "assessment",
        Prisma.sql`
      SELECT a.id, left(o.text, 120) || ' — ' || c.name AS title, ts_headline('english', a.note, ${tsquery}, ${HEADLINE}) AS snippet,
             ts_rank_cd(a."searchVector", ${tsquery})::float8 AS rank, a."outcomeId" AS extra
      FROM "ComplianceAssessment" a
      JOIN "Outcome" o ON o.id = a."outcomeId" AND o."deletedAt" IS NULL
      JOIN "Dialogue" d ON d.id = o."dialogueId" AND d."deletedAt" IS NULL
      JOIN "Country" c ON c.id = a."countryId"
      WHERE a."deletedAt" IS NULL ${recorded("a")} ${between(Prisma.sql`a."assessedDate"`)}
        AND a."searchVector" @@ ${tsquery}
      ORDER BY rank DESC, a."assessedDate" DESC, a.id DESC LIMIT ${PER_TYPE}`,
      ),
      run(
        "agenda",
        Prisma.sql`
      SELECT i.id, i.title || ' — ' || d.title AS title, ts_headline('english', concat_ws(' · ', i.title, i.note), ${tsquery}, ${HEADLINE}) AS snippet,
             ts_rank_cd(i."searchVector", ${tsquery})::float8 AS rank, i."dialogueId" AS extra
      FROM "AgendaItem" i JOIN "Dialogue" d ON d.id = i."dialogueId" AND d."deletedAt" IS NULL
      WHERE i."deletedAt" IS NULL ${recorded("i")} ${between(Prisma.sql`d."startDate"`)}
        AND i."searchVector" @@ ${tsquery}
      ORDER BY rank DESC, i.id DESC LIMIT ${PER_TYPE}`,
      ),
      run(
        "passage",
        Prisma.sql`
      SELECT c.id, s.title, ts_headline('english', c.quote, ${tsquery}, ${HEADLINE}) AS snippet,
             ts_rank_cd(c."searchVector", ${tsquery})::float8 AS rank, c."sourceId" AS extra
      FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId"
      WHERE c."deletedAt" IS NULL ${recorded("c")} AND s."deletedAt" IS NULL ${between(Prisma.sql`s."publishedDate"`)}
        AND c."searchVector" @@ ${tsquery}
      ORDER BY rank DESC, c.id DESC LIMIT ${PER_TYPE}`,
      ),
      run(
        "source",
        Prisma.sql`
      SELECT s.id, s.title, ts_headline('english', concat_ws(' · ', s.publisher, coalesce(s.body, s.title)), ${tsquery}, ${HEADLINE}) AS snippet,
             ts_rank_cd(s."searchVector", ${tsquery})::float8 AS rank, NULL::int AS extra
      FROM "Source" s
      WHERE s."deletedAt" IS NULL ${recorded("s")} ${between(Prisma.sql`s."publishedDate"`)}
        AND s."searchVector" @@ ${tsquery}
      ORDER BY rank DESC, s."publishedDate" DESC NULLS LAST LIMIT ${PER_TYPE}`,
      ),
      // People and organisations are short names: matched by substring, alias and acronym.
      run(
        "person",
        Prisma.sql`
      SELECT p.id, p.name AS title, NULL AS snippet, 1::float8 AS rank, NULL::int AS extra
      FROM "Person" p
      WHERE p."deletedAt" IS NULL ${recorded("p")} AND (p.name ILIKE ${`%${query}%`} OR EXISTS (SELECT 1 FROM unnest(p.aliases) a WHERE a ILIKE ${`%${query}%`}))
      ORDER BY p.name LIMIT ${PER_TYPE}`,
      ),
      run(
        "organisation",
        Prisma.sql`
      SELECT o.id, o.name || coalesce(' (' || o.acronym || ')', '') AS title, o.description AS snippet, 1::float8 AS rank, NULL::int AS extra
      FROM "Organisation" o
      WHERE o."deletedAt" IS NULL ${recorded("o")} AND (o.name ILIKE ${`%${query}%`} OR o.acronym ILIKE ${query} OR o.id IN (${Prisma.join(orgIds)}))
      ORDER BY o.name LIMIT ${PER_TYPE}`,
      ),
    ]);

  const hits = (rows: Row[], href: (row: Row) => string, prefix: string): SearchHit[] =>
    rows.map((row) => ({
      key: `${prefix}${row.id}`,
      title: row.title,
      href: href(row),
      snippet: row.snippet ?? undefined,
      rank: row.rank,
    }));
  const groups: SearchGroup[] = [
    { type: "dialogue", label: LABELS.dialogue, items: hits(dialogues, (r) => `/dialogues/${r.id}`, "d") },
    { type: "agreement", label: LABELS.agreement, items: hits(agreements, (r) => `/agreements/${r.id}`, "a") },
    {
      type: "outcome",
      label: LABELS.outcome,
      items: hits(outcomes, (r) => `/dialogues/${r.extra}#outcome-${r.id}`, "o"),
    },
    {
      type: "assessment",
      label: LABELS.assessment,
      items: hits(assessments, (r) => `/outcomes/${r.extra}#assessment-${r.id}`, "ca"),
    },
    {
      type: "agenda",
      label: LABELS.agenda,
      items: hits(agendaItems, (r) => `/dialogues/${r.extra}#agenda-item-${r.id}`, "ai"),
    },
    { type: "passage", label: LABELS.passage, items: hits(passages, (r) => `/sources/${r.extra}`, "c") },
    { type: "source", label: LABELS.source, items: hits(sources, (r) => `/sources/${r.id}`, "s") },
    { type: "person", label: LABELS.person, items: hits(people, (r) => `/people/${r.id}`, "p") },
    {
      type: "organisation",
      label: LABELS.organisation,
      items: hits(organisations, (r) => `/organisations/${r.id}`, "g"),
    },
  ];
  return groups.filter((g) => g.items.length > 0);
}
