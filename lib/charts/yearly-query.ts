import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { HeatmapScope } from "./heatmap-query";
import type { YearlyRow } from "./small-multiples";

// The yearly figures behind a series' or a country pair's small multiples, in one query: meetings
// held, agreements signed, and commitments made each year by where they stand now.

/** Ids of the series or agreements that have every one of these countries among their parties. */
const withAllParties = (
  table: "DialogueSeriesParty" | "AgreementParty",
  key: "seriesId" | "agreementId",
  codes: string[],
) =>
  Prisma.sql`SELECT p.${Prisma.raw(`"${key}"`)} FROM ${Prisma.raw(`"${table}"`)} p JOIN "Country" c ON c.id = p."countryId"
    WHERE c.code IN (${Prisma.join(codes)}) GROUP BY 1 HAVING count(DISTINCT c.code) = ${codes.length}`;

export async function yearlyFiguresOf(scope: HeatmapScope): Promise<YearlyRow[]> {
  const inSeries =
    "seriesId" in scope
      ? Prisma.sql`d."seriesId" = ${scope.seriesId}`
      : Prisma.sql`d."seriesId" IN (${withAllParties("DialogueSeriesParty", "seriesId", scope.countryCodes)})`;
  const agreements =
    "seriesId" in scope
      ? Prisma.sql`a."dialogueId" IN (SELECT id FROM rounds)`
      : Prisma.sql`a.id IN (${withAllParties("AgreementParty", "agreementId", scope.countryCodes)})`;
  return db.$queryRaw<YearlyRow[]>`
    WITH rounds AS (
      SELECT d.id, d.status, extract(year FROM d."startDate")::int AS year
      FROM "Dialogue" d JOIN "DialogueSeries" s ON s.id = d."seriesId" AND s."deletedAt" IS NULL
      WHERE d."deletedAt" IS NULL AND ${inSeries})
    SELECT 'meetings' AS measure, year, NULL AS status, count(*)::int AS count
      FROM rounds WHERE status = 'HELD' AND year IS NOT NULL GROUP BY year
    UNION ALL
    SELECT 'agreements', extract(year FROM a."signedDate")::int, NULL, count(*)::int
      FROM "Agreement" a WHERE a."deletedAt" IS NULL AND a."signedDate" IS NOT NULL AND ${agreements} GROUP BY 2
    UNION ALL
    SELECT 'commitments', r.year, o."followUpStatus"::text, count(*)::int
      FROM "Outcome" o JOIN rounds r ON r.id = o."dialogueId"
      WHERE o."deletedAt" IS NULL AND o.kind = 'COMMITMENT' AND r.year IS NOT NULL AND o."followUpStatus" IS NOT NULL
      GROUP BY 2, 3`;
}
