// Times streamed timeline exports in every format against DATABASE_URL, at about 1,000 and about
// 100,000 events (on the benchmark's largest database), with the time to the first bytes and the
// process's peak memory while the export runs. Run by scripts/bench.ts; prints a table.
import { execFileSync } from "node:child_process";
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

/**
 * PostgreSQL's own floor for the CSV export of the large case: `COPY … TO STDOUT` (through psql, to
 * nowhere) of the same agreement milestones with their series, parties, themes and cited sources.
 */
const COPY_LARGE = `COPY (
  SELECT 'agreement-' || a.id || '-status-' || s.id AS uid, s.date, s.precision, s.status, a.title, a.kind, ds.name AS series,
         coalesce(s.note, a.summary) AS description, '/agreements/' || a.id AS url,
         (SELECT string_agg(c.name, '; ' ORDER BY c.name) FROM "AgreementParty" p JOIN "Country" c ON c.id = p."countryId" WHERE p."agreementId" = a.id) AS parties,
         (SELECT string_agg(t.name, '; ' ORDER BY t.name) FROM "AgreementTopic" x JOIN "Topic" t ON t.id = x."topicId" WHERE x."agreementId" = a.id) AS topics,
         (SELECT string_agg(DISTINCT so.title, '; ') FROM "Citation" ci JOIN "Source" so ON so.id = ci."sourceId"
           WHERE ci."recordType" = 'AGREEMENT' AND ci."recordId" = a.id AND ci."deletedAt" IS NULL) AS sources
  FROM "AgreementStatusChange" s JOIN "Agreement" a ON a.id = s."agreementId"
  LEFT JOIN "Dialogue" ad ON ad.id = a."dialogueId" LEFT JOIN "DialogueSeries" ds ON ds.id = ad."seriesId"
  WHERE a."deletedAt" IS NULL AND s.date >= DATE '2011-01-01' AND s.date < DATE '2021-01-01'
  ORDER BY s.date, s.id) TO STDOUT WITH (FORMAT csv, HEADER)`;

function copyFloor() {
  const started = performance.now();
  const out = execFileSync("psql", ["-X", "-q", process.env.DATABASE_URL!, "-c", COPY_LARGE], {
    maxBuffer: 1024 * 1024 * 1024,
  });
  const total = performance.now() - started;
  return { total, bytes: out.byteLength, rows: out.toString("utf8").split("\n").length - 2 };
}

async function main() {
  console.log(`Node heap limit ${(v8.getHeapStatistics().heap_size_limit / 1024 / 1024).toFixed(0)} MB`);
  console.log(
    "export            format       events   first byte    total     size MB  peak RSS +MB  peak heap +MB  kept after GC MB",
  );
  let csvLarge = NaN;
  for (const [label, path] of Object.entries(EXPORT_CASES)) {
    // JSON first: its closing "count" says how many events the case has.
    let events = NaN;
    for (const name of ["json", ...Object.keys(FORMATS).filter((n) => n !== "json")] as (keyof typeof FORMATS)[]) {
      const r = await measure(path, name);
      if (name === "json") events = Number(/"count":(\d+)}\s*$/.exec(r.tail)?.[1] ?? NaN);
      if (name === "csv" && label === "~100,000 events") csvLarge = r.total;
      console.log(
        `${label.padEnd(17)} ${name.padEnd(10)} ${String(events).padStart(8)} ${r.first.toFixed(0).padStart(9)}ms ${(r.total / 1000).toFixed(2).padStart(7)}s ${mb(r.bytes)} ${mb(r.rssGrowth)}      ${mb(r.heapGrowth)}        ${mb(r.retained)}`,
      );
    }
  }
  const copy = copyFloor();
  console.log(
    `COPY … TO STDOUT of the same agreement milestones: ${copy.rows} rows, ${mb(copy.bytes).trim()} MB in ${(copy.total / 1000).toFixed(2)} s; the CSV export took ${(csvLarge / copy.total).toFixed(2)}x as long (target at most 3x)`,
  );
}

main().finally(closeDb);
