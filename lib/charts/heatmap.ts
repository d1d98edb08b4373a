import { themeTrends, type ThemeTrend } from "@/lib/rounds/theme-trends";

// A theme × round heatmap: the topic tree's themes as rows (rolled up to the top-level themes, a
// chosen one expanded into its sub-themes), a series' rounds in order as columns. A cell is marked
// when the round discussed the theme (a theme of the meeting, or of one of its outcomes) and shaded
// by the strongest language of its outcomes on it; each cell links to what was said.

export type HeatTopic = { id: number; name: string; slug: string; parentId: number | null };
export type HeatRound = { id: number; title: string; held: boolean };
/** A round's theme: the meeting's own (outcomeId null) or an outcome's, with the outcome's strength rank. */
export type HeatTag = { roundId: number; topicId: number; outcomeId: number | null; strength: number | null };

export type HeatCell = {
  roundId: number;
  marked: boolean;
  /** the strongest rank (1 discussed … 5 binding) of the round's outcomes on the theme; 0 when none */
  strength: number;
  /** the round's page, at the strongest outcome on the theme when there is one */
  href: string | null;
};

export type HeatRow = {
  topic: HeatTopic;
  depth: 0 | 1;
  /** has sub-themes discussed in these rounds */
  expandable: boolean;
  expanded: boolean;
  cells: HeatCell[];
  trend: ThemeTrend["trend"] | null;
};

export type Heatmap = { rounds: HeatRound[]; rows: HeatRow[] };

/** Each topic's ancestors, itself first, root last. */
function chains(topics: HeatTopic[]): Map<number, HeatTopic[]> {
  const byId = new Map(topics.map((t) => [t.id, t]));
  const out = new Map<number, HeatTopic[]>();
  for (const topic of topics) {
    const chain: HeatTopic[] = [];
    for (
      let t: HeatTopic | undefined = topic;
      t && chain.length < 20;
      t = t.parentId ? byId.get(t.parentId) : undefined
    )
      chain.push(t);
    out.set(topic.id, chain);
  }
  return out;
}

export function buildHeatmap(
  rounds: HeatRound[],
  tags: HeatTag[],
  topics: HeatTopic[],
  expanded: ReadonlySet<string> = new Set(),
): Heatmap {
  const chainOf = chains(topics);
  const column = new Map(rounds.map((r, i) => [r.id, i]));
  // Which row a tag counts for: its root, and under an expanded root, the root's child on its chain.
  const rowsOf = (topicId: number): { topic: HeatTopic; depth: 0 | 1 }[] => {
    const chain = chainOf.get(topicId);
    if (!chain) return [];
    const root = chain.at(-1)!;
    const rows: { topic: HeatTopic; depth: 0 | 1 }[] = [{ topic: root, depth: 0 }];
    if (expanded.has(root.slug) && chain.length > 1) rows.push({ topic: chain.at(-2)!, depth: 1 });
    return rows;
  };
  type Acc = { topic: HeatTopic; depth: 0 | 1; cells: HeatCell[]; best: (number | null)[]; children: boolean };
  const acc = new Map<number, Acc>();
  for (const tag of tags) {
    const col = column.get(tag.roundId);
    if (col === undefined) continue;
    for (const { topic, depth } of rowsOf(tag.topicId)) {
      let row = acc.get(topic.id);
      if (!row) {
        row = {
          topic,
          depth,
          cells: rounds.map((r) => ({ roundId: r.id, marked: false, strength: 0, href: null })),
          best: rounds.map(() => null),
          children: false,
        };
        acc.set(topic.id, row);
      }
      const cell = row.cells[col]!;
      cell.marked = true;
      const strength = tag.strength ?? 0;
      if (tag.outcomeId !== null && (row.best[col] === null || strength > cell.strength)) {
        cell.strength = strength;
        row.best[col] = tag.outcomeId;
      }
      if (depth === 0 && (chainOf.get(tag.topicId)?.length ?? 0) > 1) row.children = true;
    }
  }
  for (const row of acc.values())
    row.cells.forEach((cell, i) => {
      if (!cell.marked) return;
      const best = row.best[i];
      cell.href = `/dialogues/${cell.roundId}${best !== null ? `#outcome-${best}` : "#topics"}`;
    });

  // New, recurring or dropped at the last held round, as the next round inherits them.
  const held = rounds.map((r, i) => [r, i] as const).filter(([r]) => r.held);
  const trends = new Map(
    themeTrends(
      held.map(([, i]) => [...acc.values()].filter((row) => row.cells[i]!.marked).map((row) => row.topic)),
    ).map((t) => [t.id, t.trend]),
  );

  const roots = [...acc.values()].filter((r) => r.depth === 0).sort((a, b) => a.topic.name.localeCompare(b.topic.name));
  const rows: HeatRow[] = [];
  for (const root of roots) {
    const isExpanded = expanded.has(root.topic.slug) && root.children;
    rows.push(rowOf(root, isExpanded));
    if (!isExpanded) continue;
    const children = [...acc.values()]
      .filter((r) => r.depth === 1 && r.topic.parentId === root.topic.id)
      .sort((a, b) => a.topic.name.localeCompare(b.topic.name));
    for (const child of children) rows.push(rowOf(child, false));
  }
  return { rounds, rows };

  function rowOf(row: Acc, isExpanded: boolean): HeatRow {
    return {
      topic: row.topic,
      depth: row.depth,
      expandable: row.depth === 0 && row.children,
      expanded: isExpanded,
      cells: row.cells,
      trend: trends.get(row.topic.id) ?? null,
    };
  }
}

/** The top-level themes opened in a heatmap, from the page's `expand` parameter (slugs, repeated). */
export const expandedFrom = (param: string | string[] | undefined): Set<string> =>
  new Set(
    (Array.isArray(param) ? param : param ? [param] : []).filter((s) => /^[a-z0-9-]{1,80}$/.test(s)).slice(0, 20),
  );

/** The address of `path` with `slug` opened or closed among `expanded`, back at the heatmap. */
export function expandHref(path: string, expanded: ReadonlySet<string>, slug: string, open: boolean): string {
  const next = [...expanded].filter((s) => s !== slug);
  if (open) next.push(slug);
  const qs = new URLSearchParams(next.map((s) => ["expand", s])).toString();
  return `${path}${qs ? `?${qs}` : ""}#heatmap`;
}
