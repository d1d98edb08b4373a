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
  let last: Uint8Array | undefined;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!first) first = performance.now() - started;
    bytes += value.byteLength;
    last = value;
  }
  const total = performance.now() - started;
  clearInterval(sampler);
  globalThis.gc?.();
  const tail = last ? new TextDecoder().decode(last.slice(-64)) : "";
  return {
    first,
    total,
    bytes,
    tail,
    rssGrowth: peakRss - base.rss,
    heapGrowth: peakHeap - base.heapUsed,
    retained: process.memoryUsage().heapUsed - base.heapUsed,
  };
}

async function main() {
  console.log(`Node heap limit ${(v8.getHeapStatistics().heap_size_limit / 1024 / 1024).toFixed(0)} MB`);
  console.log(
    "export            format       events   first byte    total     size MB  peak RSS +MB  peak heap +MB  kept after GC MB",
  );
  for (const [label, path] of Object.entries(EXPORT_CASES)) {
    // JSON first: its closing "count" says how many events the case has.
    let events = NaN;
    for (const name of ["json", ...Object.keys(FORMATS).filter((n) => n !== "json")] as (keyof typeof FORMATS)[]) {
      const r = await measure(path, name);
      if (name === "json") events = Number(/"count":(\d+)}\s*$/.exec(r.tail)?.[1] ?? NaN);
      console.log(
        `${label.padEnd(17)} ${name.padEnd(10)} ${String(events).padStart(8)} ${r.first.toFixed(0).padStart(9)}ms ${(r.total / 1000).toFixed(2).padStart(7)}s ${mb(r.bytes)} ${mb(r.rssGrowth)}      ${mb(r.heapGrowth)}        ${mb(r.retained)}`,
      );
    }
  }
}

main().finally(closeDb);
