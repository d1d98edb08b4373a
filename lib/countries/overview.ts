import "server-only";
import { db } from "@/lib/db";
import type { AgreementStatus } from "@/lib/domain";
import { agreementStatusLabel } from "@/lib/labels";
import { recentDialogues, upcomingDialogues } from "@/lib/dialogues/queries";
import { withParties } from "./queries";
import { listOpenCommitments } from "@/lib/outcomes/queries";

// A country's page, or a country pair's (India-United States): its dialogue series, recent and
// upcoming rounds, agreements by status and open commitments. Two codes mean "both".

/** The countries for these codes, in the order given; null when any is unknown. */
export async function findCountries(codes: string[]) {
  const rows = await db.country.findMany({
    where: { code: { in: codes }, deletedAt: null },
    select: { id: true, code: true, name: true },
  });
  const found = codes.map((code) => rows.find((r) => r.code === code));
  return found.every((c) => c !== undefined) ? found : null;
}

export async function countryOverview(codes: string[]) {
  const agreementWhere = { deletedAt: null, ...withParties(codes) };
  const [series, recent, upcoming, byStatus, latestAgreements, commitments, partners] = await Promise.all([
    db.dialogueSeries.findMany({
      where: { deletedAt: null, ...withParties(codes) },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        parties: { select: { country: { select: { code: true, name: true } } } },
        _count: { select: { dialogues: { where: { deletedAt: null } } } },
      },
    }),
    recentDialogues(5, codes),
    upcomingDialogues(5, codes),
    db.agreement.groupBy({ by: ["status"], where: agreementWhere, _count: { _all: true } }),
    db.agreement.findMany({
      where: agreementWhere,
      orderBy: [{ statusChangedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: 10,
      select: { id: true, title: true, status: true, statusChangedAt: true },
    }),
    listOpenCommitments({ countryCodes: codes }, { page: 1, take: 10, skip: 0 }),
    codes.length === 1 ? partnersOf(codes[0]!) : Promise.resolve([]),
  ]);
  const counts = new Map(byStatus.map((row) => [row.status, row._count._all]));
  return {
    series,
    recent,
    upcoming,
    latestAgreements,
    commitments,
    partners,
    // In lifecycle order (the order the labels are listed in).
    agreementsByStatus: (Object.keys(agreementStatusLabel) as AgreementStatus[])
      .filter((s) => counts.has(s))
      .map((status) => ({ status, count: counts.get(status)! })),
  };
}

/** The countries that share dialogue series or agreements with this one, most shared first. */
async function partnersOf(code: string) {
  const rows = await db.$queryRaw<{ code: string; name: string; series: bigint; agreements: bigint }[]>`
    WITH me AS (SELECT id FROM "Country" WHERE code = ${code}),
    series AS (
      SELECT other."countryId" AS id, count(*) AS n FROM "DialogueSeriesParty" mine
      JOIN "DialogueSeriesParty" other ON other."seriesId" = mine."seriesId" AND other."countryId" <> mine."countryId"
      JOIN "DialogueSeries" s ON s.id = mine."seriesId" AND s."deletedAt" IS NULL
      WHERE mine."countryId" = (SELECT id FROM me) GROUP BY 1),
    agreements AS (
      SELECT other."countryId" AS id, count(*) AS n FROM "AgreementParty" mine
      JOIN "AgreementParty" other ON other."agreementId" = mine."agreementId" AND other."countryId" <> mine."countryId"
      JOIN "Agreement" a ON a.id = mine."agreementId" AND a."deletedAt" IS NULL
      WHERE mine."countryId" = (SELECT id FROM me) GROUP BY 1)
    SELECT c.code, c.name, coalesce(s.n, 0) AS series, coalesce(a.n, 0) AS agreements
    FROM "Country" c LEFT JOIN series s ON s.id = c.id LEFT JOIN agreements a ON a.id = c.id
    WHERE s.id IS NOT NULL OR a.id IS NOT NULL
    ORDER BY coalesce(s.n, 0) + coalesce(a.n, 0) DESC, c.name LIMIT 20`;
  return rows.map((r) => ({ code: r.code, name: r.name, series: Number(r.series), agreements: Number(r.agreements) }));
}
