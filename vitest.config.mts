import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests: *.test.ts. Data-layer integration tests: *.int.test.ts, run once on PGlite and once
// more on PostgreSQL when PARLEY_TEST_DATABASE_URL names a server (as .ci/run does).
const integration = (name: string, target: string) => ({
  extends: true as const,
  test: {
    name,
    include: ["**/*.int.test.ts"],
    setupFiles: ["test/setup-database.ts"],
    env: { PARLEY_TEST_TARGET: target },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

const withPostgres = Boolean(process.env.PARLEY_TEST_DATABASE_URL);
if (!withPostgres) console.warn("PARLEY_TEST_DATABASE_URL is not set: integration tests run on PGlite only.");

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": path.resolve(import.meta.dirname, "test/empty.ts") },
  },
  test: {
    exclude: ["node_modules/**", "e2e/**", ".next/**", "generated/**"],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["**/*.test.ts"], exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**"] },
      },
      integration("pglite", "pglite"),
      ...(withPostgres ? [integration("postgres", "postgres")] : []),
    ],
  },
});
