// npm run bench [-- --sizes 1000,100000 --pglite seeded,10000 --skip weight,load,exports]: for each size, a fresh PostgreSQL
// database filled by the synthetic generator (N agreements, N/5 dialogues, 2N outcomes), the built app
// served on it, and the server-side time of the pages in bench-cases.ts (over loopback HTTP, signed
// in) against the time of the same queries run directly and against the floor page's. Prints medians
// and 95th percentiles with the targets of issue 16; on the largest database it also weighs pages in
// a headless browser, runs a bounded load test and times the timeline exports (bench-export.ts).
// Then the same pages on the embedded default (PGlite), with the seed alone and with --pglite sizes.
// Needs `npm run build` first and a PostgreSQL server: it runs under scripts/with-postgres.sh.
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { runAdminSql } from "../lib/pg-admin";
import {
  AFTER_WRITE_CASES,
  BENCH_API_TOKEN,
  BENCH_CASES,
  casePath,
  measure,
  percentile,
  RUNS,
  WARMUP,
  type BenchIds,
} from "./bench-cases";
import { pageWeights } from "./bench-weight";
import { loadTest } from "./bench-load";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,100000" },
    pglite: { type: "string", default: "seeded,10000" },
    port: { type: "string", default: "3200" },
    skip: { type: "string", default: "" },
  },
});
const skip = new Set(values.skip!.split(","));
const admin = process.env.PARLEY_PG_ADMIN_URL;
if (!admin) throw new Error("Run under scripts/with-postgres.sh (PARLEY_PG_ADMIN_URL)");
const EMAIL = "bench@parley.test";
const PASSWORD = "bench-only-password-0123";
const base = `http://127.0.0.1:${values.port}`;
const COMMON = {
  PARLEY_ADMIN_EMAIL: EMAIL,
  PARLEY_ADMIN_PASSWORD: PASSWORD,
  AUTH_SECRET: "bench-secret-bench-secret-bench-secret-01",
  NEXTAUTH_URL: base,
  PARLEY_BENCH: "1",
};

/** Pages weighed in the browser and put under load, on the largest database. */
const WEIGHED = ["floor", "agreements", "meeting", "fullMeeting", "series", "seriesTimeline", "home", "search"];
const LOADED = ["floor", "meeting", "agreements", "search", "series"];

async function signIn(): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password: PASSWORD, json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c!.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return `${jar}; ${session}`;
}

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

const ms = (n: number) => n.toFixed(1).padStart(7);
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
const sh = (env: NodeJS.ProcessEnv, command: string) =>
  execSync(command, { env, stdio: ["ignore", "ignore", "inherit"] });
/** A helper script's last line of output, as JSON. */
const tsx = <T>(env: NodeJS.ProcessEnv, script: string): T =>
  JSON.parse(
    execSync(`npx tsx --conditions=react-server scripts/${script}`, { env, encoding: "utf8" })
      .trim()
      .split("\n")
      .at(-1)!,
  ) as T;

/** Migrates and seeds the database of `env`, adds `agreements` synthetic ones and the cases' records. */
function fill(env: NodeJS.ProcessEnv, agreements: number | null): BenchIds {
  sh(env, "npx prisma migrate deploy");
  sh(env, "npm run --silent db:seed");
  if (agreements) {
    const started = performance.now();
    sh(env, `npm run --silent db:generate-synthetic -- --agreements ${agreements}`);
    console.log(`(generated in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  return tsx<BenchIds>(env, "bench-fixtures.ts");
}

/** The built app served on the database of `env`; its output goes to a file, where to look when a page fails. */
async function serve(env: NodeJS.ProcessEnv, label: string) {
  const log = fs.openSync(path.join(os.tmpdir(), `parley-bench-server-${label}.log`), "w");
  const server = spawn("node", ["scripts/serve.mjs", "--hostname", "127.0.0.1", "--port", values.port!], {
    env,
    stdio: ["ignore", log, log],
    detached: true,
  });
  await waitFor(`${base}/api/health`);
  return () => process.kill(-server.pid!, "SIGTERM");
}

/** A page with the session cookie; the read API's paths with its token too (each ignores the other). */
async function get(path: string, cookie: string) {
  const response = await fetch(base + path, { headers: { cookie, authorization: `Bearer ${BENCH_API_TOKEN}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  await response.text();
}

type Figures = { p50: number; p95: number; sqlP95?: number };

/**
 * Times every case and prints it against its queries and the floor: the target is a p95 under 100
 * ms and no more than the queries' p95 plus 1.5 times the floor page's.
 */
async function timePages(cookie: string, ids: BenchIds, sql: Record<string, number[]>) {
  const figures: Record<string, Figures> = {};
  console.log("page                 page p50  page p95   SQL p50   SQL p95  SQL+1.5xfloor  target");
  for (const [name, pattern] of Object.entries(BENCH_CASES)) {
    const times = await measure(() => get(casePath(pattern, ids), cookie));
    figures[name] = { p50: percentile(times, 50), p95: percentile(times, 95), sqlP95: percentile(sql[name]!, 95) };
    const f = figures[name]!;
    const bound = f.sqlP95! + 1.5 * figures.floor!.p95;
    const met = f.p95 < 100 && f.p95 <= bound;
    console.log(
      `${name.padEnd(20)} ${ms(f.p50)}ms ${ms(f.p95)}ms ${ms(percentile(sql[name]!, 50))}ms ${ms(f.sqlP95!)}ms ${ms(bound)}ms       ${name === "floor" ? "" : met ? "met" : "MISSED"}`,
    );
  }
  return figures;
}

/** The data version and the version the kept counts of `key` were made at. */
async function versions(client: pg.Client, key: string) {
  const { rows } = await client.query<{ version: string; kept: string | null }>(
    `SELECT v.version, c.version AS kept FROM "DataVersion" v LEFT JOIN "CountCache" c ON c.key = $1 WHERE v.id = 1`,
    [key],
  );
  return rows[0]!;
}

/**
 * Each visit the first after a write: an agreement's summary changed with its audit event (which
 * moves the data version on), then the page, then a wait until the recount it started is kept.
 */
async function timeAfterWrite(cookie: string, databaseUrl: string, sql: Record<string, number[]>) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const figures: Record<string, Figures> = {};
  try {
    for (const [name, pagePath] of Object.entries(AFTER_WRITE_CASES)) {
      const key = name.startsWith("agreements") ? "Agreement" : "Outcome";
      await get(pagePath, cookie); // counts kept once, so each visit below finds them stale
      const times: number[] = [];
      for (let i = 0; i < WARMUP + RUNS / 2; i++) {
        await client.query("BEGIN");
        await client.query(`UPDATE "Agreement" SET summary = 'Benchmark write ' || $1::text WHERE id = 1`, [i]);
        await client.query(
          `INSERT INTO "AuditEvent" ("action", "recordType", "recordId", "after") VALUES ('UPDATE', 'AGREEMENT', 1, '{"summary":"benchmark"}')`,
        );
        await client.query("COMMIT");
        const start = performance.now();
        await get(pagePath, cookie);
        if (i >= WARMUP) times.push(performance.now() - start);
        for (let wait = 0; wait < 300; wait++) {
          const v = await versions(client, key);
          if (v.kept === v.version) break;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      figures[name] = { p50: percentile(times, 50), p95: percentile(times, 95), sqlP95: percentile(sql[name]!, 95) };
      const f = figures[name]!;
      console.log(
        `${name.padEnd(20)} ${ms(f.p50)}ms ${ms(f.p95)}ms ${ms(percentile(sql[name]!, 50))}ms ${ms(f.sqlP95!)}ms  (target p95 < 150 ms: ${f.p95 < 150 ? "met" : "MISSED"})`,
      );
    }
  } finally {
    await client.end();
  }
  return figures;
}

/** The tables search reads, each by its stored "searchVector" (the search_vectors migration). */
const SEARCHED = ["Dialogue", "Agreement", "Outcome", "Source", "Citation"];

/**
 * The phrase search's statements in the shape lib/search/queries.ts gives them (match, rank, the
 * ten best; headlines are made for those ten only), each table's execution time, and the plan of
 * the slowest.
 */
async function explainPhraseSearch(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const q = `(websearch_to_tsquery('english', '"joint working group"') || to_tsquery('english', 'joint <-> working <-> group'))`;
    const plans: [string, string[], number][] = [];
    for (const table of SEARCHED) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS)
        SELECT id, ts_rank_cd("searchVector", ${q})::float8 AS rank
        FROM "${table}" WHERE "deletedAt" IS NULL AND "searchVector" @@ ${q} ORDER BY rank DESC, id DESC LIMIT 10`);
      const lines = rows.map((r) => r["QUERY PLAN"]);
      plans.push([table, lines, Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1)!)?.[1] ?? NaN)]);
    }
    console.log(
      `\nThe phrase search "joint working group", per table: ${plans.map(([t, , ms]) => `${t} ${ms.toFixed(1)} ms`).join(", ")}`,
    );
    const [table, lines] = plans.sort((x, y) => y[2] - x[2])[0]!;
    console.log(`EXPLAIN (ANALYZE, BUFFERS) of the slowest, ${table}:\n${lines.join("\n")}`);
  } finally {
    await client.end();
  }
}

async function weighAndLoad(cookie: string, ids: BenchIds) {
  console.log("\nWeight in a fresh headless Chromium (KB; sent = as transferred, gzipped):");
  console.log("page                 HTML sent   HTML read  scripts sent  scripts  JS over floor");
  const weights = await pageWeights(
    base,
    cookie,
    WEIGHED.map((name) => casePath(BENCH_CASES[name as keyof typeof BENCH_CASES], ids)),
  );
  weights.forEach((w, i) =>
    console.log(
      `${WEIGHED[i]!.padEnd(20)} ${kb(w.htmlSent)}     ${kb(w.html)}       ${kb(w.scriptsSent)}     ${String(w.scripts).padStart(4)}  ${kb(w.scriptsSent - weights[0]!.scriptsSent)}`,
    ),
  );
  console.log("\nBounded load: 20 connections for 20 s on each page (autocannon, loopback):");
  console.log("page                 requests/s   p50 ms   p99 ms  errors  non-2xx  req/s vs floor");
  let floor = 0;
  for (const name of LOADED) {
    const r = await loadTest(base, cookie, casePath(BENCH_CASES[name as keyof typeof BENCH_CASES], ids));
    if (name === "floor") floor = r.requestsPerSecond;
    console.log(
      `${name.padEnd(20)} ${r.requestsPerSecond.toFixed(1).padStart(10)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(7)} ${String(r.non2xx).padStart(8)}  ${(r.requestsPerSecond / floor).toFixed(2).padStart(8)}x`,
    );
  }
}

async function benchPostgres(size: number, largest: boolean) {
  const database = `parley_bench_${size}`;
  await runAdminSql(admin!, `DROP DATABASE IF EXISTS ${database}`);
  await runAdminSql(admin!, `CREATE DATABASE ${database}`);
  const databaseUrl = `${admin!.replace(/\/postgres$/, "")}/${database}`;
  const env = { ...process.env, ...COMMON, DATABASE_URL: databaseUrl };
  console.log(`\nPostgreSQL, ${size.toLocaleString("en")} agreements`);
  const ids = fill(env, size);
  // A database in use has been vacuumed: measure that, not autovacuum catching up after the bulk load.
  await runAdminSql(databaseUrl, "VACUUM ANALYZE");
  const sql = tsx<Record<string, number[]>>({ ...env, BENCH_IDS: JSON.stringify(ids) }, "bench-queries.ts");
  const stop = await serve(env, String(size));
  let figures: Record<string, Figures>;
  try {
    // Sign in only now: a kept-alive socket idle while the queries ran would have been closed by the server.
    const cookie = await signIn();
    console.log(`(series ${ids.series}: the most rounds; meeting ${ids.meeting}: seeded; ${ids.fullMeeting}: full)`);
    figures = await timePages(cookie, ids, sql);
    Object.assign(figures, await timeAfterWrite(cookie, databaseUrl, sql));
    if (largest && !skip.has("weight")) await weighAndLoad(cookie, ids);
  } finally {
    stop();
  }
  if (largest) await explainPhraseSearch(databaseUrl).catch((error) => console.error("EXPLAIN failed:", error));
  if (largest && !skip.has("exports")) {
    // Exports under a small heap limit: if they kept events in memory, they would fail.
    console.log(`\nTimeline exports, streamed (issue 6), on this database:`);
    execSync("npx tsx --conditions=react-server scripts/bench-export.ts", {
      env: { ...env, NODE_OPTIONS: "--max-old-space-size=96 --expose-gc" },
      stdio: ["ignore", "inherit", "inherit"],
    });
  }
  return figures;
}

/** The embedded default: a PGlite directory of its own, the seed alone or with synthetic records. */
async function benchPglite(size: number | null) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-bench-pglite-"));
  const env: NodeJS.ProcessEnv = { ...process.env, ...COMMON, PARLEY_DATA_DIR: dir };
  delete env.DATABASE_URL;
  console.log(`\nPGlite, ${size ? `${size.toLocaleString("en")} agreements` : "the seeded data alone"}`);
  try {
    const ids = fill(env, size);
    const sql = tsx<Record<string, number[]>>({ ...env, BENCH_IDS: JSON.stringify(ids) }, "bench-queries.ts");
    const stop = await serve(env, `pglite-${size ?? "seeded"}`);
    try {
      return await timePages(await signIn(), ids, sql);
    } finally {
      stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const sizes = values.sizes!.split(",").map(Number);
  const runs: [string, Record<string, Figures>][] = [];
  for (const size of sizes) runs.push([`${size}`, await benchPostgres(size, size === Math.max(...sizes))]);
  if (sizes.length > 1) {
    const [small, large] = [runs[0]![1], runs.at(-1)![1]];
    console.log(`\nGrowth of p95 from ${sizes[0]} to ${sizes.at(-1)} agreements (target at most 2x):`);
    for (const name of Object.keys(large))
      console.log(`${name.padEnd(20)} ${(large[name]!.p95 / small[name]!.p95).toFixed(2).padStart(6)}x`);
  }
  for (const size of values.pglite!.split(",").filter(Boolean))
    await benchPglite(size === "seeded" ? null : Number(size));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
