import "server-only";
import { db } from "@/lib/db";
import { withParties } from "@/lib/countries/queries";
import { strengthRank } from "@/lib/outcomes/strength";
import { buildHeatmap, type HeatTag } from "./heatmap";

const live = { deletedAt: null };
/** The most rounds a heatmap shows: the latest ones. */
const HEATMAP_ROUNDS = 60;

/** Whose rounds a heatmap has: one series, or every series some countries are all parties of. */
export type HeatmapScope = { seriesId: number } | { countryCodes: string[] };

/** The theme × round heatmap of a series or a country pair, with `expanded` top-level themes (slugs) opened. */
export async function heatmapOf(scope: HeatmapScope, expanded: ReadonlySet<string>) {
  const rounds = (
    await db.dialogue.findMany({
      where: {
        ...live,
        ...("seriesId" in scope ? { seriesId: scope.seriesId } : { series: withParties(scope.countryCodes) }),
      },
      orderBy: [{ startDate: { sort: "desc", nulls: "first" } }, { id: "desc" }],
      take: HEATMAP_ROUNDS,
      select: { id: true, title: true, status: true, startDate: true, startPrecision: true, venueCity: true },
    })
  ).reverse();
  const ids = rounds.map((r) => r.id);
  const [own, outcomes, topics] = await Promise.all([
    db.dialogueTopic.findMany({
      where: { dialogueId: { in: ids }, topic: live },
      select: { dialogueId: true, topicId: true },
    }),
    db.outcomeTopic.findMany({
      where: { topic: live, outcome: { ...live, dialogueId: { in: ids } } },
      orderBy: { outcomeId: "asc" },
      select: { topicId: true, outcome: { select: { id: true, dialogueId: true, strength: true } } },
    }),
    db.topic.findMany({ where: live, select: { id: true, name: true, slug: true, parentId: true } }),
  ]);
  const tags: HeatTag[] = [
    ...own.map((t) => ({ roundId: t.dialogueId, topicId: t.topicId, outcomeId: null, strength: null })),
    ...outcomes.map((t) => ({
      roundId: t.outcome.dialogueId,
      topicId: t.topicId,
      outcomeId: t.outcome.id,
      strength: t.outcome.strength ? strengthRank(t.outcome.strength) : null,
    })),
  ];
  const heatmap = buildHeatmap(
    rounds.map((r) => ({ id: r.id, title: r.title, held: r.status === "HELD" })),
    tags,
    topics,
    expanded,
  );
  return { ...heatmap, columns: rounds };
}

export type HeatmapData = Awaited<ReturnType<typeof heatmapOf>>;
