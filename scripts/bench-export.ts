// Times streamed timeline exports in every format against DATABASE_URL, at about 1,000 and about
// 100,000 events (on the benchmark's largest database), with the time to the first bytes and the
// process's peak memory while the export runs. Run by scripts/bench.ts; prints a table.
import v8 from "node:v8";
import { exportTimeline } from "../lib/timeline/export";
import { FORMATS } from "../lib/timeline/formats";
import { parseTimelineQuery } from "../lib/timeline/query";
import { closeDb } from "../lib/db";
import { caseParams } from "./bench-cases";

export const EXPORT_CASES = {
  "~1,000 events": "/timeline?type=dialogue&from=2018&to=2019",
  "~100,000 events": "/timeline?type=agreement&from=2011&to=2020",
} as const;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).padStart(7);

async function measure(path: string, name: keyof typeof FORMATS) {
  const { body } = await exportTimeline(parseTimelineQuery(caseParams(path)), FORMATS[name], "https://parley.example");
  globalThis.gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 5);
  const started = performance.now();
  let first = 0;
  let bytes = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!first) first = performance.now() - started;
    bytes += value.byteLength;
  }
  const total = performance.now() - started;
  clearInterval(sampler);
  globalThis.gc?.();
  return { first, total, bytes, rssGrowth: peakRss - base.rss, heapGrowth: peakHeap - base.heapUsed, retained: process.memoryUsage().heapUsed - base.heapUsed };
}

async function main() {
  console.log(`Node heap limit ${(v8.getHeapStatistics().heap_size_limit / 1024 / 1024).toFixed(0)} MB`);
  console.log("export            format       events   first byte    total     size MB  peak RSS +MB  peak heap +MB  kept after GC MB");
  for (const [label, path] of Object.entries(EXPORT_CASES)) {
    for (const name of Object.keys(FORMATS) as (keyof typeof FORMATS)[]) {
      const r = await measure(path, name);
      console.log(`${label.padEnd(17)} ${name.padEnd(10)} ${String(await countOf(path)).padStart(8)} ${r.first.toFixed(0).padStart(9)}ms ${(r.total / 1000).toFixed(2).padStart(7)}s ${mb(r.bytes)} ${mb(r.rssGrowth)}      ${mb(r.heapGrowth)}        ${mb(r.retained)}`);
    }
  }
}

const counts = new Map<string, number>();
/** How many events a case has (from its JSON export's count, once per case). */
async function countOf(path: string): Promise<number> {
  if (!counts.has(path)) {
    const { body } = await exportTimeline(parseTimelineQuery(caseParams(path)), FORMATS.json, "https://parley.example");
    const text = await new Response(body).text();
    counts.set(path, Number(/"count":(\d+)}\s*$/.exec(text)?.[1] ?? NaN));
  }
  return counts.get(path)!;
}

main().finally(closeDb);
