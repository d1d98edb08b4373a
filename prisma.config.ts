process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false"; // first: stops the native engine download
import { defineConfig } from "prisma/config";
import { databaseTarget } from "./lib/env";
import { pgliteCliAdapter, postgresCliAdapter } from "./prisma/cli-adapters";

const target = databaseTarget();
// The Prisma 6 CLI wants a URL in the schema even though the JS engine ignores it.
if (target.kind === "pglite") process.env.DATABASE_URL = "postgresql://pglite.invalid/parley";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --conditions=react-server prisma/seed.ts" },
  async adapter() {
    return (target.kind === "pglite" ? pgliteCliAdapter(target.dataDir) : postgresCliAdapter(target.url)) as never;
  },
});
