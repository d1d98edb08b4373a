// A fresh, migrated database for one test file: an in-memory PGlite, or a new database on the
// PostgreSQL server named by PARLEY_TEST_DATABASE_URL. The migrations are the same SQL files that
// `prisma migrate deploy` applies (which .ci/run also runs against both kinds).
import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { env } from "@/lib/env";
import { migrationScripts } from "./migrations";
import { runAdminSql } from "@/lib/pg-admin";

export type TestTarget = "pglite" | "postgres";

export async function createTestDatabase(target: TestTarget): Promise<Database> {
  if (target === "pglite") {
    const pglite = new PGlite("memory://");
    for (const { sql } of migrationScripts()) await pglite.exec(sql);
    return createPrismaClient({ kind: "pglite", dataDir: "memory://" }, { pglite });
  }

  const serverUrl = env().PARLEY_TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("PARLEY_TEST_DATABASE_URL is not set");
  if (!/@(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(serverUrl)) {
    throw new Error("Refusing to run tests against a PostgreSQL server that is not on this machine");
  }
  const name = `parley_test_${randomUUID().replaceAll("-", "")}`;
  await runAdminSql(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const migrate = new pg.Client({ connectionString: url.toString() });
  await migrate.connect();
  try {
    for (const { sql } of migrationScripts()) await migrate.query(sql);
  } finally {
    await migrate.end();
  }
  const database = createPrismaClient({ kind: "postgres", url: url.toString() });
  return {
    client: database.client,
    async close() {
      await database.close();
      await runAdminSql(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
