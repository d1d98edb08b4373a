/**
 * The pages the benchmark times: a theme with two facets, a search, a topic page (issue 5); dialogues
 * by facet, a country pair; the alerts register and the commitments register by compliance (issue
 * 13); the drawn timeline and the theme × round heatmap of the series with the most rounds (issue
 * 14; `{series}` is its id, found by bench-queries.ts).
 */
export const BENCH_CASES = {
  agreements: "/agreements?topic=narcotics-trafficking&status=SIGNED&party=IN",
  search: "/search?q=fentanyl",
  topic: "/topics/narcotics-trafficking",
  dialogues: "/dialogues?topic=narcotics-trafficking&country=IN&status=HELD",
  pair: "/countries/IN/US",
  alerts: "/alerts",
  commitments: "/commitments?compliance=unassessed",
  seriesTimeline: "/timeline?series={series}",
  heatmap: "/series/{series}",
} as const;

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
