import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { AgreementKind, AgreementStatus, DatePrecision } from "@/lib/domain";
import { PAGE_SIZE } from "@/lib/pagination";
import { topicAndSubthemeIds } from "@/lib/topics/queries";
import type { BrowseParams } from "./browse-params";

// Agreements by theme with facet counts. Each facet counts the agreements that match every other
// choice (so its counts say what choosing a value would give); the party facet also keeps the
// parties already chosen, so choosing India then shows India's partners (country pairs). A theme
// includes its sub-themes, in the filter and in the tree's counts.

type Facet = "topic" | "status" | "kind" | "party" | "signatory" | "series" | "year";

const ORDER: Record<BrowseParams["sort"], Prisma.Sql> = {
  changed: Prisma.sql`a."statusChangedAt" DESC NULLS LAST, a.id DESC`,
  signed: Prisma.sql`a."signedDate" DESC NULLS LAST, a.id DESC`,
  title: Prisma.sql`a.title ASC, a.id ASC`,
};

function where(params: BrowseParams, topics: number[] | null, except?: Facet): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a."deletedAt" IS NULL`];
  if (topics && except !== "topic") {
    parts.push(topics.length ? Prisma.sql`EXISTS (SELECT 1 FROM "AgreementTopic" t WHERE t."agreementId" = a.id AND t."topicId" IN (${Prisma.join(topics)}))` : Prisma.sql`FALSE`);
  }
  if (params.status.length && except !== "status") parts.push(Prisma.sql`a.status IN (${Prisma.join(params.status.map((s) => Prisma.sql`${s}::"AgreementStatus"`))})`);
  if (params.kind.length && except !== "kind") parts.push(Prisma.sql`a.kind IN (${Prisma.join(params.kind.map((k) => Prisma.sql`${k}::"AgreementKind"`))})`);
  for (const code of params.party) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "AgreementParty" p JOIN "Country" c ON c.id = p."countryId" WHERE p."agreementId" = a.id AND c.code = ${code})`);
  }
  if (params.signatory && except !== "signatory") parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "AgreementSignatory" s WHERE s."agreementId" = a.id AND s."organisationId" = ${params.signatory})`);
  if (params.series && except !== "series") parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Dialogue" d WHERE d.id = a."dialogueId" AND d."seriesId" = ${params.series})`);
  if (params.year && except !== "year") {
    parts.push(Prisma.sql`a."signedDate" >= make_date(${params.year}::int, 1, 1) AND a."signedDate" < make_date(${params.year}::int + 1, 1, 1)`);
  }
  return Prisma.join(parts, " AND ");
}

export type FacetValue = { value: string; label: string; count: number };
const num = (n: bigint | number) => Number(n);

export async function browseAgreements(params: BrowseParams) {
  const topics = params.topic ? await topicAndSubthemeIds(params.topic) : null;
  const skip = (params.page - 1) * PAGE_SIZE;
  const [items, [total], statuses, kinds, parties, signatories, series, years, tree] = await Promise.all([
    db.$queryRaw<{ id: number; title: string; kind: AgreementKind; status: AgreementStatus; signedDate: Date | null; signedPrecision: DatePrecision | null; statusChangedAt: Date | null; parties: string | null }[]>`
      SELECT a.id, a.title, a.kind, a.status, a."signedDate", a."signedPrecision", a."statusChangedAt",
             (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM "AgreementParty" p JOIN "Country" c ON c.id = p."countryId" WHERE p."agreementId" = a.id) AS parties
      FROM "Agreement" a WHERE ${where(params, topics)} ORDER BY ${ORDER[params.sort]} LIMIT ${PAGE_SIZE} OFFSET ${skip}`,
    db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "Agreement" a WHERE ${where(params, topics)}`,
    db.$queryRaw<{ value: string; count: bigint }[]>`SELECT a.status::text AS value, count(*) AS count FROM "Agreement" a WHERE ${where(params, topics, "status")} GROUP BY 1 ORDER BY 2 DESC`,
    db.$queryRaw<{ value: string; count: bigint }[]>`SELECT a.kind::text AS value, count(*) AS count FROM "Agreement" a WHERE ${where(params, topics, "kind")} GROUP BY 1 ORDER BY 2 DESC`,
    db.$queryRaw<{ value: string; label: string; count: bigint }[]>`
      SELECT c.code AS value, c.name AS label, count(*) AS count FROM "Agreement" a JOIN "AgreementParty" p ON p."agreementId" = a.id JOIN "Country" c ON c.id = p."countryId"
      WHERE ${where(params, topics, "party")} GROUP BY c.code, c.name ORDER BY 3 DESC, 2 LIMIT 12`,
    db.$queryRaw<{ value: number; label: string; count: bigint }[]>`
      SELECT o.id AS value, coalesce(o.acronym, o.name) AS label, count(DISTINCT a.id) AS count FROM "Agreement" a JOIN "AgreementSignatory" s ON s."agreementId" = a.id JOIN "Organisation" o ON o.id = s."organisationId"
      WHERE ${where(params, topics, "signatory")} GROUP BY o.id ORDER BY 3 DESC, 2 LIMIT 12`,
    db.$queryRaw<{ value: number; label: string; count: bigint }[]>`
      SELECT ds.id AS value, ds.name AS label, count(*) AS count FROM "Agreement" a JOIN "Dialogue" d ON d.id = a."dialogueId" JOIN "DialogueSeries" ds ON ds.id = d."seriesId"
      WHERE ${where(params, topics, "series")} GROUP BY ds.id ORDER BY 3 DESC, 2 LIMIT 12`,
    db.$queryRaw<{ value: number; count: bigint }[]>`
      SELECT extract(year FROM a."signedDate")::int AS value, count(*) AS count FROM "Agreement" a
      WHERE ${where(params, topics, "year")} AND a."signedDate" IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 30`,
    // Each theme's count includes its sub-themes (an agreement counted once per theme).
    db.$queryRaw<{ id: number; count: bigint }[]>`
      WITH RECURSIVE closure AS (
        SELECT id AS ancestor, id AS descendant FROM "Topic" WHERE "deletedAt" IS NULL
        UNION ALL SELECT closure.ancestor, t.id FROM closure JOIN "Topic" t ON t."parentId" = closure.descendant WHERE t."deletedAt" IS NULL)
      SELECT closure.ancestor AS id, count(DISTINCT at."agreementId") AS count
      FROM closure JOIN "AgreementTopic" at ON at."topicId" = closure.descendant JOIN "Agreement" a ON a.id = at."agreementId"
      WHERE ${where(params, topics, "topic")} GROUP BY closure.ancestor`,
  ]);
  const facet = (rows: { value: string | number; label?: string; count: bigint }[], label: (v: string) => string = (v) => v): FacetValue[] =>
    rows.map((r) => ({ value: String(r.value), label: r.label ?? label(String(r.value)), count: num(r.count) }));
  return {
    items,
    total: num(total?.count ?? 0),
    pageCount: Math.max(1, Math.ceil(num(total?.count ?? 0) / PAGE_SIZE)),
    facets: { statuses: facet(statuses), kinds: facet(kinds), parties: facet(parties), signatories: facet(signatories), series: facet(series), years: facet(years) },
    topicCounts: new Map(tree.map((r) => [r.id, num(r.count)])),
  };
}
