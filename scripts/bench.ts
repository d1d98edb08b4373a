// npm run bench [-- --sizes 1000,100000]: for each size, a fresh PostgreSQL database filled by the
// synthetic generator (N agreements, N/5 dialogues, 2N outcomes), the built app served on it, and
// the server-side time of the pages in bench-cases.ts (over loopback HTTP, signed in) against the time
// of the same queries run directly. Prints medians and 95th percentiles; on the largest database it
// also times the timeline exports (bench-export.ts). Needs `npm run build` first and a
// PostgreSQL server: it runs under scripts/with-postgres.sh (PARLEY_PG_ADMIN_URL).
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runAdminSql } from "../lib/pg-admin";
import { BENCH_CASES, measure, percentile } from "./bench-cases";

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "1000,100000" }, port: { type: "string", default: "3200" } },
});
const admin = process.env.PARLEY_PG_ADMIN_URL;
if (!admin) throw new Error("Run under scripts/with-postgres.sh (PARLEY_PG_ADMIN_URL)");
const EMAIL = "bench@parley.test";
const PASSWORD = "bench-only-password-0123";

async function signIn(base: string): Promise<string> {
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

const fmt = (n: number) => n.toFixed(1).padStart(7);

async function benchSize(size: number, largest: boolean) {
  const database = `parley_bench_${size}`;
  await runAdminSql(admin!, `DROP DATABASE IF EXISTS ${database}`);
  await runAdminSql(admin!, `CREATE DATABASE ${database}`);
  const env = {
    ...process.env,
    DATABASE_URL: `${admin!.replace(/\/postgres$/, "")}/${database}`,
    PARLEY_ADMIN_EMAIL: EMAIL,
    PARLEY_ADMIN_PASSWORD: PASSWORD,
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-01",
    NEXTAUTH_URL: `http://127.0.0.1:${values.port}`,
  };
  const sh = (command: string) => execSync(command, { env, stdio: ["ignore", "ignore", "inherit"] });
  sh("npx prisma migrate deploy");
  sh("npm run --silent db:seed");
  const started = performance.now();
  sh(`npm run --silent db:generate-synthetic -- --agreements ${size}`);
  console.log(
    `\n${size.toLocaleString("en")} agreements (generated in ${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  // A database in use has been vacuumed: measure that, not autovacuum catching up after the bulk load.
  await runAdminSql(env.DATABASE_URL, "VACUUM ANALYZE");

  // The server's output goes to a file: where to look when a page fails.
  const log = fs.openSync(path.join(os.tmpdir(), `parley-bench-server-${size}.log`), "w");
  const server = spawn("node", ["scripts/serve.mjs", "--hostname", "127.0.0.1", "--port", values.port!], {
    env,
    stdio: ["ignore", log, log],
    detached: true,
  });
  try {
    const base = `http://127.0.0.1:${values.port}`;
    await waitFor(`${base}/api/health`);
    const { series, times: queries } = JSON.parse(
      execSync("npx tsx --conditions=react-server scripts/bench-queries.ts", { env, encoding: "utf8" })
        .trim()
        .split("\n")
        .at(-1)!,
    ) as { series: number; times: Record<string, number[]> };
    // Sign in only now: a kept-alive socket idle while the queries ran would have been closed by the server.
    const cookie = await signIn(base);
    console.log(`(the series with the most rounds, for the timeline and the heatmap: ${series})`);
    console.log("page           page p50  page p95  SQL p50   SQL p95   p95 ratio");
    for (const [name, pattern] of Object.entries(BENCH_CASES)) {
      const path = pattern.replace("{series}", String(series));
      const page = await measure(async () => {
        const response = await fetch(base + path, { headers: { cookie } });
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        await response.text();
      });
      const sql = queries[name]!;
      console.log(
        `${name.padEnd(14)} ${fmt(percentile(page, 50))}ms ${fmt(percentile(page, 95))}ms ${fmt(percentile(sql, 50))}ms ${fmt(percentile(sql, 95))}ms ${(percentile(page, 95) / percentile(sql, 95)).toFixed(2).padStart(8)}x`,
      );
    }
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
  if (largest) {
    // Exports under a small heap limit: if they kept events in memory, they would fail.
    console.log(`\nTimeline exports, streamed (issue 6), on this database:`);
    execSync("npx tsx --conditions=react-server scripts/bench-export.ts", {
      env: { ...env, NODE_OPTIONS: "--max-old-space-size=96 --expose-gc" },
      stdio: ["ignore", "inherit", "inherit"],
    });
  }
}

async function main() {
  const sizes = values.sizes!.split(",").map(Number);
  for (const size of sizes) await benchSize(size, size === Math.max(...sizes));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
