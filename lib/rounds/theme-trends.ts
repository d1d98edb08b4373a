// A series' themes as the next round inherits them: for each theme of any earlier round, whether
// it was new at the last round, has recurred there, or was dropped (discussed before, not at the
// last round), with how many rounds discussed it.

export type Theme = { id: number; name: string; slug: string };
export type ThemeTrend = Theme & { trend: "new" | "recurring" | "dropped"; rounds: number };

export const TREND_LABEL = { new: "New at the last round", recurring: "Recurring", dropped: "Dropped" } as const;

const ORDER = { new: 0, recurring: 1, dropped: 2 } as const;

/** `rounds`: each earlier round's themes, oldest round first. */
export function themeTrends(rounds: Theme[][]): ThemeTrend[] {
  const last = rounds.at(-1) ?? [];
  const atLast = new Set(last.map((t) => t.id));
  const seen = new Map<number, { theme: Theme; rounds: number; before: boolean }>();
  rounds.forEach((themes, i) => {
    for (const theme of new Map(themes.map((t) => [t.id, t])).values()) {
      const entry = seen.get(theme.id) ?? { theme, rounds: 0, before: false };
      entry.rounds += 1;
      if (i < rounds.length - 1) entry.before = true;
      seen.set(theme.id, entry);
    }
  });
  return [...seen.values()]
    .map(({ theme, rounds: count, before }) => ({
      ...theme,
      rounds: count,
      trend: !atLast.has(theme.id) ? ("dropped" as const) : before ? ("recurring" as const) : ("new" as const),
    }))
    .sort((a, b) => ORDER[a.trend] - ORDER[b.trend] || b.rounds - a.rounds || a.name.localeCompare(b.name));
}
