import "server-only";
import { db } from "@/lib/db";
import { LINEAGE_RELATIONS, lineageChain, type LineageLink } from "./lineage";

const MAX = 50;

/** The agreements joined to this one by lineage links, in both directions, as one chain. */
export async function agreementLineage(agreementId: number) {
  const relations = [...LINEAGE_RELATIONS];
  // Walk the links out from the agreement, both ways, to at most MAX agreements.
  const rows = await db.$queryRaw<{ from: number; to: number; relation: LineageLink["relation"] }[]>`
    WITH RECURSIVE chain(id) AS (
      SELECT ${agreementId}::int
      UNION
      SELECT CASE WHEN l."fromId" = chain.id THEN l."toId" ELSE l."fromId" END
      FROM "Link" l JOIN chain ON (l."fromId" = chain.id OR l."toId" = chain.id)
      WHERE l."fromType" = 'AGREEMENT' AND l."toType" = 'AGREEMENT' AND l."deletedAt" IS NULL
        AND l.relation::text = ANY(${relations})
    ), members AS (SELECT id FROM chain LIMIT ${MAX})
    SELECT DISTINCT l."fromId" AS "from", l."toId" AS "to", l.relation::text AS relation
    FROM "Link" l
    WHERE l."fromType" = 'AGREEMENT' AND l."toType" = 'AGREEMENT' AND l."deletedAt" IS NULL
      AND l.relation::text = ANY(${relations})
      AND l."fromId" IN (SELECT id FROM members) AND l."toId" IN (SELECT id FROM members)`;
  if (!rows.length) return [];
  const ids = [...new Set(rows.flatMap((r) => [r.from, r.to]))];
  const agreements = await db.agreement.findMany({
    where: { id: { in: ids }, deletedAt: null },
    select: { id: true, title: true, status: true, signedDate: true, signedPrecision: true },
  });
  const alive = new Set(agreements.map((a) => a.id));
  return lineageChain(
    agreementId,
    agreements,
    rows.filter((r) => alive.has(r.from) && alive.has(r.to)),
  );
}

export type Lineage = Awaited<ReturnType<typeof agreementLineage>>;
