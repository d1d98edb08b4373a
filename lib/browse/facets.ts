import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { keptCountsWithin } from "./count-cache";

// Facet counts for a browse page. Each facet counts the records that match every *other* choice,
// so its counts say what choosing a value would give. A facet with nothing chosen therefore counts
// over the fully filtered set, which is computed once (a materialised CTE) and shared by all such
// facets in one statement; only facets with a choice of their own need a scan of their own, and
// those run alongside it.

export type FacetValue = { value: string; label: string; count: number };

export type FacetDef = {
  /** SELECT value::text, label::text (or NULL), count(...) FROM `src` a ... — `src` yields rows of the browsed table as `a`. */
  sql: (src: Prisma.Sql) => Prisma.Sql;
  /** "Pair" facets (parties, countries) keep their own choices, so choosing India shows India's partners. */
  keepsOwnChoice?: boolean;
  /** Years read best newest first; everything else by count. */
  order?: "count" | "value-desc";
};

/** Every live topic paired with itself and each of its descendants: what "on this theme" counts. */
const TOPIC_CLOSURE = Prisma.sql`topic_closure AS (
  SELECT id AS ancestor, id AS descendant FROM "Topic" WHERE "deletedAt" IS NULL
  UNION ALL SELECT c.ancestor, t.id FROM topic_closure c JOIN "Topic" t ON t."parentId" = c.descendant WHERE t."deletedAt" IS NULL)`;

/** A facet over a theme tag table: each theme counts its records with its sub-themes', each record once. */
export function topicTreeFacet(tagTable: string, recordColumn: string): FacetDef {
  return {
    sql: (src) => Prisma.sql`SELECT c.ancestor::text AS value, NULL::text AS label, count(DISTINCT a.id) AS count
      FROM topic_closure c JOIN ${Prisma.raw(`"${tagTable}"`)} x ON x."topicId" = c.descendant JOIN ${src} a ON a.id = x.${Prisma.raw(`"${recordColumn}"`)}
      GROUP BY c.ancestor`,
  };
}

/** A facet on a column of the browsed table itself (status, kind, level...). */
export function columnFacet(column: string): FacetDef {
  return {
    sql: (src) =>
      Prisma.sql`SELECT a.${Prisma.raw(`"${column}"`)}::text AS value, NULL::text AS label, count(*) AS count FROM ${src} a WHERE a.${Prisma.raw(`"${column}"`)} IS NOT NULL GROUP BY 1 ORDER BY 3 DESC LIMIT 30`,
  };
}

/** A facet on the year of a date column. */
export function yearFacet(column: string): FacetDef {
  const col = Prisma.raw(`a."${column}"`);
  return {
    order: "value-desc",
    sql: (src) =>
      Prisma.sql`SELECT extract(year FROM ${col})::int::text AS value, NULL::text AS label, count(*) AS count FROM ${src} a WHERE ${col} IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 30`,
  };
}

/** How long a page with nothing chosen waits for its counts to be made again after a write. */
const RECOUNT_WAIT_MS = 40;

type FacetCounts<K extends string> = {
  facets: Record<K, FacetValue[]>;
  total: number;
  /** Set when the facets' counts were made before the latest write (and are being made again): when. */
  countedBefore: Date | null;
};

/**
 * Counts every facet. `where(except)` is the filter on `a` (the browsed table) with every choice but
 * the `except` facet's; `filters` are the choices (from the URL).
 */
export async function countFacets<K extends string>(options: {
  table: string;
  where: (except?: K) => Prisma.Sql;
  facets: Record<K, FacetDef>;
  filters: Record<K, string[]>;
}): Promise<FacetCounts<K>> {
  const { table, where, facets, filters } = options;
  const from = Prisma.raw(`"${table}"`);
  const keys = Object.keys(facets) as K[];
  type Row = { facet: K; value: string; label: string | null; count: bigint | number };
  const select = (key: K, src: Prisma.Sql) =>
    Prisma.sql`SELECT ${key}::text AS facet, f.value, f.label, f.count FROM (${facets[key].sql(src)}) f`;
  let rows: Row[];
  let total: number;
  let countedBefore: Date | null = null;
  if (keys.every((key) => filters[key].length === 0)) {
    // Nothing chosen: every facet counts the whole table, so sharing a materialised copy of it
    // saves nothing; each facet reads the table directly. These counts are the same for everyone
    // and the dearest to make, so they are kept until the data changes (see count-cache.ts). After
    // a write the page waits only briefly for the recount: past that it shows the counts from
    // before the write, saying so, and the total counted now. The recount runs its scans one after
    // another: side by side they would take every core and connection from the pages being served.
    const all = Prisma.sql`(SELECT a.* FROM ${from} a WHERE ${where()})`;
    const countAll = async () =>
      Number((await db.$queryRaw<[{ count: bigint }]>`SELECT count(*) AS count FROM ${all} a`)[0].count);
    const kept = await keptCountsWithin(table, RECOUNT_WAIT_MS, async () => {
      const facetRows: Row[] = [];
      for (const key of keys)
        facetRows.push(...(await db.$queryRaw<Row[]>`WITH RECURSIVE ${TOPIC_CLOSURE} ${select(key, all)}`));
      const total = await countAll();
      return { rows: facetRows.map((r) => ({ ...r, count: Number(r.count) })), total }; // numbers: kept as JSON
    });
    ({ rows, total } = kept.value);
    if (kept.before) [total, countedBefore] = [await countAll(), new Date(kept.before)];
  } else {
    // A facet with a choice of its own scans the records matching the other choices, side by side
    // with one statement that counts the rest (and the total) over the shared set.
    const own = keys.filter((key) => filters[key].length > 0 && !facets[key].keepsOwnChoice);
    const shared = keys.filter((key) => !own.includes(key));
    const [all, ...ownRows] = await Promise.all([
      db.$queryRaw<(Omit<Row, "facet"> & { facet: K | null })[]>`
        WITH RECURSIVE ${TOPIC_CLOSURE}, matched AS MATERIALIZED (SELECT a.* FROM ${from} a WHERE ${where()})
        SELECT NULL::text AS facet, NULL::text AS value, NULL::text AS label, count(*) AS count FROM matched
        ${
          shared.length
            ? Prisma.sql`UNION ALL ${Prisma.join(
                shared.map((key) => select(key, Prisma.sql`matched`)),
                " UNION ALL ",
              )}`
            : Prisma.empty
        }`,
      ...own.map(
        (key) =>
          db.$queryRaw<
            Row[]
          >`WITH RECURSIVE ${TOPIC_CLOSURE} ${select(key, Prisma.sql`(SELECT a.* FROM ${from} a WHERE ${where(key)})`)}`,
      ),
    ]);
    total = Number(all.find((r) => r.facet === null)!.count);
    rows = [...all.filter((r): r is Row => r.facet !== null), ...ownRows.flat()];
  }
  const result = Object.fromEntries(keys.map((k) => [k, [] as FacetValue[]])) as Record<K, FacetValue[]>;
  for (const row of rows)
    result[row.facet].push({ value: row.value, label: row.label ?? row.value, count: Number(row.count) });
  for (const key of keys) {
    result[key].sort(
      facets[key].order === "value-desc"
        ? (a, b) => b.value.localeCompare(a.value)
        : (a, b) => b.count - a.count || a.label.localeCompare(b.label),
    );
  }
  return { facets: result, total, countedBefore };
}

/** Joins the conditions of the chosen facets; `except` leaves one facet's out. */
export function whereExcept<K extends string>(base: Prisma.Sql, conditions: Partial<Record<K, Prisma.Sql>>) {
  return (except?: K): Prisma.Sql => {
    const parts = [
      base,
      ...Object.entries(conditions)
        .filter(([key, sql]) => key !== except && sql)
        .map(([, sql]) => sql as Prisma.Sql),
    ];
    return Prisma.join(parts, " AND ");
  };
}

/** The condition "tagged with one of these topics" (a theme with its sub-themes); no topics matches nothing. */
export function taggedWith(tagTable: string, recordColumn: string, topicIds: number[], alias = "a"): Prisma.Sql {
  if (topicIds.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${tagTable}"`)} x WHERE x.${Prisma.raw(`"${recordColumn}"`)} = ${Prisma.raw(alias)}.id AND x."topicId" IN (${Prisma.join(topicIds)}))`;
}

export const enumList = (values: string[], type: string) =>
  Prisma.join(values.map((v) => Prisma.sql`${v}::${Prisma.raw(`"${type}"`)}`));

/** The condition "this date column falls in this year" (index-friendly: a range, not extract()). */
export function inYear(column: string, year: string, alias = "a"): Prisma.Sql {
  const col = Prisma.raw(`${alias}."${column}"`);
  return Prisma.sql`${col} >= make_date(${Number(year)}::int, 1, 1) AND ${col} < make_date(${Number(year)}::int + 1, 1, 1)`;
}

/** A pair facet over a country join (parties of an agreement, of a dialogue series): choosing two means both. */
export function countriesFacet(joinToCountry: Prisma.Sql): FacetDef {
  return {
    keepsOwnChoice: true,
    sql: (src) => Prisma.sql`SELECT c.code AS value, c.name AS label, count(*) AS count FROM ${src} a ${joinToCountry}
      GROUP BY c.code, c.name ORDER BY 3 DESC, 2 LIMIT 12`,
  };
}

/** A facet on dialogue series; `join` leads from `a` to the series as `ds` (empty for dialogues themselves). */
export function seriesFacet(join: Prisma.Sql = MEETING_SERIES): FacetDef {
  return {
    sql: (src) => Prisma.sql`SELECT ds.id::text AS value, ds.name AS label, count(*) AS count
      FROM ${src} a ${join} GROUP BY ds.id ORDER BY 3 DESC, 2 LIMIT 12`,
  };
}

/** From a record with a `dialogueId` (an agreement, an outcome) to its meeting's series. */
export const MEETING_SERIES = Prisma.sql`JOIN "Dialogue" d ON d.id = a."dialogueId" JOIN "DialogueSeries" ds ON ds.id = d."seriesId"`;

/** The condition "its meeting belongs to this series", for a record with a `dialogueId`. */
export const meetingInSeries = (seriesId: number) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Dialogue" d WHERE d.id = a."dialogueId" AND d."seriesId" = ${seriesId})`;

/** "Every one of these countries is a party": of the agreement `a`, or of the series of the dialogue `a`. */
export const allParties = (of: "agreement" | "series", codes: string[]) =>
  Prisma.join(
    codes.map((code) =>
      of === "agreement"
        ? Prisma.sql`EXISTS (SELECT 1 FROM "AgreementParty" p JOIN "Country" c ON c.id = p."countryId" WHERE p."agreementId" = a.id AND c.code = ${code})`
        : Prisma.sql`EXISTS (SELECT 1 FROM "DialogueSeriesParty" p JOIN "Country" c ON c.id = p."countryId" WHERE p."seriesId" = a."seriesId" AND c.code = ${code})`,
    ),
    " AND ",
  );
