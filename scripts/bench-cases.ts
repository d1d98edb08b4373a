/** The pages the benchmark times (issue 5): a theme with two facets, a search, a topic page. */
export const BENCH_CASES = {
  agreements: "/agreements?topic=narcotics-trafficking&status=SIGNED&party=IN",
  search: "/search?q=fentanyl",
  topic: "/topics/narcotics-trafficking",
} as const;

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
