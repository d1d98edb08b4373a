import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { DatePrecision } from "@/lib/domain";
import { PAGE_SIZE } from "@/lib/pagination";
import { taggedWith } from "@/lib/browse/facets";

// A theme's page: everything on it (the theme and its sub-themes) across dialogues, agreements and
// outcomes on one newest-first list, how many of each, and the themes that go with it.

export type FeedItem = {
  type: "DIALOGUE" | "AGREEMENT" | "OUTCOME";
  id: number;
  title: string;
  date: Date | null;
  precision: DatePrecision;
  /** dialogue status, agreement status or outcome kind */
  detail: string;
  /** the meeting an outcome came from */
  dialogueId: number | null;
};

const tagged = (table: string, column: string, alias: string, ids: number[]) => taggedWith(table, column, ids, alias);

/**
 * One page of the newest-first list. Each kind of record contributes only its newest rows up to
 * the end of the page (an index walk by date that stops early: outcomes are reached through their
 * meetings, newest first), so the cost does not grow with the number of records on the theme.
 * Undated records (a round announced without a date) are still to come, so they come first.
 */
export async function topicFeed(topicIds: number[], page: number): Promise<FeedItem[]> {
  if (topicIds.length === 0) return [];
  const upTo = page * PAGE_SIZE;
  return db.$queryRaw<FeedItem[]>`
    SELECT f.type, f.id, f.title, f.date, f.detail, f."dialogueId",
           CASE WHEN f.type = 'AGREEMENT'
                THEN coalesce((SELECT s.precision::text FROM "AgreementStatusChange" s WHERE s."agreementId" = f.id ORDER BY s.date DESC, s.id DESC LIMIT 1), 'DAY')
                ELSE f.precision END AS precision
    FROM (
      SELECT * FROM (
        (SELECT 'DIALOGUE' AS type, d.id, d.title, d."startDate" AS date, d."startPrecision"::text AS precision, d.status::text AS detail, NULL::int AS "dialogueId"
         FROM "Dialogue" d WHERE d."deletedAt" IS NULL AND ${tagged("DialogueTopic", "dialogueId", "d", topicIds)}
         ORDER BY d."startDate" DESC NULLS FIRST, d.id DESC LIMIT ${upTo})
        UNION ALL
        (SELECT 'AGREEMENT', a.id, a.title, a."statusChangedAt", 'DAY', a.status::text, a."dialogueId"
         FROM "Agreement" a WHERE a."deletedAt" IS NULL AND ${tagged("AgreementTopic", "agreementId", "a", topicIds)}
         ORDER BY a."statusChangedAt" DESC NULLS FIRST, a.id DESC LIMIT ${upTo})
        UNION ALL
        (SELECT 'OUTCOME', o.id, o.text, d."startDate", d."startPrecision"::text, o.kind::text, d.id
         FROM (SELECT id, "startDate", "startPrecision" FROM "Dialogue" WHERE "deletedAt" IS NULL ORDER BY "startDate" DESC NULLS FIRST, id DESC) d
         CROSS JOIN LATERAL (
           SELECT o.id, o.text, o.kind FROM "Outcome" o
           WHERE o."dialogueId" = d.id AND o."deletedAt" IS NULL AND ${tagged("OutcomeTopic", "outcomeId", "o", topicIds)} ORDER BY o.id DESC) o
         LIMIT ${upTo})
      ) merged
      ORDER BY date DESC NULLS FIRST, type, id DESC LIMIT ${PAGE_SIZE} OFFSET ${upTo - PAGE_SIZE}
    ) f
    ORDER BY f.date DESC NULLS FIRST, f.type, f.id DESC`;
}

/** Counts stop here: beyond it the page says "1,000+" and the facet pages give the exact figure. */
export const TOTAL_CAP = 1000;

/**
 * How many live dialogues, agreements and outcomes are on the theme, each counted up to TOTAL_CAP + 1
 * (walking the tag index and stopping there), so the page costs the same at any volume.
 */
export async function topicTotals(topicIds: number[]) {
  if (topicIds.length === 0) return { dialogues: 0, agreements: 0, outcomes: 0 };
  const cap = TOTAL_CAP + 1;
  const [row] = await db.$queryRaw<{ dialogues: bigint; agreements: bigint; outcomes: bigint }[]>`
    SELECT (SELECT count(*) FROM (SELECT 1 FROM "Dialogue" d WHERE d."deletedAt" IS NULL AND ${tagged("DialogueTopic", "dialogueId", "d", topicIds)} LIMIT ${cap}) x) AS dialogues,
           (SELECT count(*) FROM (SELECT 1 FROM "Agreement" a WHERE a."deletedAt" IS NULL AND ${tagged("AgreementTopic", "agreementId", "a", topicIds)} LIMIT ${cap}) x) AS agreements,
           (SELECT count(*) FROM (SELECT 1 FROM "Outcome" o JOIN "Dialogue" d ON d.id = o."dialogueId" WHERE o."deletedAt" IS NULL AND d."deletedAt" IS NULL AND ${tagged("OutcomeTopic", "outcomeId", "o", topicIds)} LIMIT ${cap}) x) AS outcomes`;
  return { dialogues: Number(row!.dialogues), agreements: Number(row!.agreements), outcomes: Number(row!.outcomes) };
}

export type RelatedTheme = { name: string; slug: string; how: "linked" | "together"; count: number };

/**
 * Themes analysts linked to this one, then the themes most often tagged together with it on its
 * 100 most recent dialogues and agreements (a bounded sample, so the cost stays flat as data grows).
 * The theme itself, its sub-themes and its parent are left out.
 */
export async function relatedThemes(
  topicId: number,
  subtree: number[],
  parentId: number | null,
): Promise<RelatedTheme[]> {
  const excluded = Prisma.join([...subtree, parentId ?? 0]);
  const ids = Prisma.join(subtree);
  const rows = await db.$queryRaw<{ name: string; slug: string; how: "linked" | "together"; count: bigint }[]>`
    WITH recent_a AS (SELECT a.id FROM "Agreement" a WHERE a."deletedAt" IS NULL AND EXISTS (SELECT 1 FROM "AgreementTopic" x WHERE x."agreementId" = a.id AND x."topicId" IN (${ids}))
                      ORDER BY a."statusChangedAt" DESC NULLS FIRST, a.id DESC LIMIT 100),
         recent_d AS (SELECT d.id FROM "Dialogue" d WHERE d."deletedAt" IS NULL AND EXISTS (SELECT 1 FROM "DialogueTopic" x WHERE x."dialogueId" = d.id AND x."topicId" IN (${ids}))
                      ORDER BY d."startDate" DESC NULLS FIRST, d.id DESC LIMIT 100),
         together AS (
           SELECT x."topicId" AS id, count(*) AS count FROM (
             SELECT x."topicId" FROM recent_a r JOIN "AgreementTopic" x ON x."agreementId" = r.id
             UNION ALL SELECT x."topicId" FROM recent_d r JOIN "DialogueTopic" x ON x."dialogueId" = r.id) x
           WHERE x."topicId" NOT IN (${excluded}) GROUP BY 1 ORDER BY 2 DESC LIMIT 8),
         linked AS (
           SELECT CASE WHEN l."fromId" = ${topicId} THEN l."toId" ELSE l."fromId" END AS id FROM "Link" l
           WHERE l."deletedAt" IS NULL AND l."fromType" = 'TOPIC' AND l."toType" = 'TOPIC' AND (l."fromId" = ${topicId} OR l."toId" = ${topicId}))
    SELECT * FROM (
    SELECT t.name, t.slug, 'linked' AS how, 0::bigint AS count FROM linked JOIN "Topic" t ON t.id = linked.id WHERE t."deletedAt" IS NULL
    UNION ALL
    SELECT t.name, t.slug, 'together', together.count FROM together JOIN "Topic" t ON t.id = together.id
    WHERE t."deletedAt" IS NULL AND t.id NOT IN (SELECT id FROM linked)) related
    ORDER BY (how = 'linked') DESC, count DESC, name`;
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}
