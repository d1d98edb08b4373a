/**
 * The pages the benchmark times. `floor` is the bare-framework floor: a page with nothing of its own
 * under the same layout and session (app/(app)/bench/floor). Then a theme with two facets, a search,
 * a topic page (issue 5); dialogues by facet, a country pair; the alerts register and the
 * commitments register by compliance (issue 13); the drawn timeline and the series page with its
 * theme × round heatmap, of the series with the most rounds (issue 14; `{series}`); the seeded
 * meeting, a synthetic one with 20 participants, 30 outcomes and 40 citations (`{meeting}`,
 * `{fullMeeting}`), the home page and searches of two words and of a phrase (issue 16); the read API's
 * agreements with two filters and the inbox of three watches read 30 days ago (issue 15). Placeholders are filled in by bench.ts.
 */
export const BENCH_CASES = {
  floor: "/bench/floor",
  agreements: "/agreements?topic=narcotics-trafficking&status=SIGNED&party=IN",
  search: "/search?q=fentanyl",
  searchTwoWords: "/search?q=fentanyl+extradition",
  searchPhrase: "/search?q=%22joint+working+group%22",
  topic: "/topics/narcotics-trafficking",
  dialogues: "/dialogues?topic=narcotics-trafficking&country=IN&status=HELD",
  pair: "/countries/IN/US",
  alerts: "/alerts",
  commitments: "/commitments?compliance=unassessed",
  seriesTimeline: "/timeline?series={series}",
  series: "/series/{series}",
  meeting: "/dialogues/{meeting}",
  fullMeeting: "/dialogues/{fullMeeting}",
  home: "/",
  api: "/api/v1/agreements?status=SIGNED&party=IN",
  inbox: "/inbox",
} as const;

/** The read API's token in the benchmark's database (bench-fixtures.ts keeps its hash). */
export const BENCH_API_TOKEN = "parley_pat_bench-only-token-not-for-real-use-000000";

/**
 * Browse pages with nothing chosen, each visit the first after a write (issue 16): their counts are
 * kept per data version, so each write makes the next visit's counts stale.
 */
export const AFTER_WRITE_CASES = {
  agreementsAfterWrite: "/agreements",
  outcomesAfterWrite: "/outcomes",
} as const;

export type BenchIds = { series: number; meeting: number; fullMeeting: number };

/** A case's path with its ids filled in. */
export const casePath = (pattern: string, ids: BenchIds) =>
  pattern.replace(/\{(\w+)\}/g, (_, name: keyof BenchIds) => String(ids[name]));

/** The query string of a case as a page's searchParams. */
export function caseParams(path: string): Record<string, string[]> {
  const q = new URLSearchParams(path.split("?")[1] ?? "");
  return Object.fromEntries([...new Set(q.keys())].map((k) => [k, q.getAll(k)]));
}

export const WARMUP = 5;
export const RUNS = 40;

/** Milliseconds of each of RUNS calls, after WARMUP unmeasured ones. */
export async function measure(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
