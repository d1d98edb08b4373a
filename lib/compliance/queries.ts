import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { citationsFor } from "@/lib/sources/queries";
import { columns } from "@/lib/forms/form-values";
import { figureOf, type ComplianceFigure } from "./scale";

/** A commitment's page: the commitment, its meeting's parties, and every assessment, newest first. */
export async function getCommitment(id: number) {
  const outcome = await db.outcome.findFirst({
    where: { id, deletedAt: null, dialogue: { deletedAt: null } },
    select: {
      ...columns("id", "kind", "text", "followUpStatus", "dueDate", "duePrecision", "version"),
      dialogue: {
        select: {
          ...columns("id", "title", "startDate", "startPrecision", "status"),
          series: {
            select: {
              id: true,
              name: true,
              parties: { select: { country: { select: columns("id", "code", "name") } } },
            },
          },
        },
      },
      assessments: {
        where: { deletedAt: null },
        orderBy: [{ assessedDate: "desc" }, { id: "desc" }],
        select: {
          ...columns("id", "score", "phase", "assessedDate", "assessedPrecision", "note", "createdAt"),
          country: { select: columns("id", "code", "name") },
        },
      },
    },
  });
  if (!outcome) return null;
  const citations = await citationsFor([
    { recordType: "OUTCOME", ids: [outcome.id] },
    { recordType: "COMPLIANCE_ASSESSMENT", ids: outcome.assessments.map((a) => a.id) },
  ]);
  return { ...outcome, citations };
}

export type Commitment = NonNullable<Awaited<ReturnType<typeof getCommitment>>>;

/**
 * The current assessment of each (commitment, party) among those `where` selects (on a: the
 * assessment, o: its outcome, d: the meeting): the latest by date, the later-recorded on one date.
 */
const currentAssessments = (where: Prisma.Sql) => Prisma.sql`
  SELECT DISTINCT ON (a."outcomeId", a."countryId") a."outcomeId", a."countryId", a.score
  FROM "ComplianceAssessment" a
  JOIN "Outcome" o ON o.id = a."outcomeId" AND o."deletedAt" IS NULL
  JOIN "Dialogue" d ON d.id = o."dialogueId" AND d."deletedAt" IS NULL
  WHERE a."deletedAt" IS NULL AND ${where}
  ORDER BY a."outcomeId", a."countryId", a."assessedDate" DESC, a.id DESC`;

/** A commitment's standing in the register: none assessed yet, or the weakest party's current score (Outcome.complianceScore). */
export const COMPLIANCE_FILTERS = {
  unassessed: "Not yet assessed",
  "-1": "A party at −1 (not kept)",
  "0": "Weakest party at 0 (partial)",
  "1": "Every assessed party at +1 (kept)",
} as const;
export type ComplianceFilter = keyof typeof COMPLIANCE_FILTERS;

/** Whose commitments a compliance figure covers: one round, one series, or the series of some countries (a pair). */
export type ComplianceScope = { dialogueId: number } | { seriesId: number } | { countryCodes: string[] };

export type PartyCompliance = { countryId: number; code: string; name: string; figure: ComplianceFigure };

function scopeFilter(scope: ComplianceScope): Prisma.Sql {
  if ("dialogueId" in scope) return Prisma.sql`d.id = ${scope.dialogueId}`;
  if ("seriesId" in scope) return Prisma.sql`d."seriesId" = ${scope.seriesId}`;
  // every series all of these countries are parties of, and only their own scores
  const parties = scope.countryCodes.map(
    (code) => Prisma.sql`EXISTS (SELECT 1 FROM "DialogueSeriesParty" sp JOIN "Country" pc ON pc.id = sp."countryId"
      WHERE sp."seriesId" = d."seriesId" AND pc.code = ${code})`,
  );
  return Prisma.sql`${Prisma.join(parties, " AND ")} AND a."countryId" IN (SELECT id FROM "Country" WHERE code IN (${Prisma.join(scope.countryCodes)}))`;
}

/**
 * Each party's compliance over the commitments in scope: the average of its current scores (the
 * latest assessment of each commitment) and the Research Group's percentage.
 */
export async function complianceByParty(scope: ComplianceScope): Promise<PartyCompliance[]> {
  if ("countryCodes" in scope && scope.countryCodes.length === 0) return [];
  const rows = await db.$queryRaw<{ countryId: number; code: string; name: string; sum: number; assessed: number }[]>`
    WITH current AS (${currentAssessments(scopeFilter(scope))})
    SELECT c.id AS "countryId", c.code, c.name, SUM(current.score)::int AS sum, COUNT(*)::int AS assessed
    FROM current JOIN "Country" c ON c.id = current."countryId"
    GROUP BY c.id, c.code, c.name
    ORDER BY c.name`;
  return rows.map((r) => ({
    countryId: r.countryId,
    code: r.code,
    name: r.name,
    figure: figureOf(r.sum, r.assessed)!,
  }));
}
