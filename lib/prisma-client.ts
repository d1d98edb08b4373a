import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseTarget, type DatabaseTarget } from "./env";
import { claimDataDir } from "./pglite-holder";

export type DbClient = ReturnType<typeof newClient>;
/** The client inside an interactive transaction (what `db.$transaction(async (tx) => ...)` passes). */
export type Tx = Omit<DbClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type Database = {
  client: DbClient;
  /** Ends the connection pool, or closes PGlite (which would otherwise keep scripts alive). */
  close(): Promise<void>;
};

function newClient(adapter: SqlDriverAdapterFactory) {
  // Password hashes are never loaded unless a query asks for them (sign-in only).
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

/**
 * A Prisma client for PGlite or PostgreSQL. PGlite opens lazily, on the first query, so importing
 * this module (as `next build` does) never touches the data directory.
 */
export function createPrismaClient(
  target: DatabaseTarget = databaseTarget(),
  options: { pglite?: PGlite } = {},
): Database {
  if (target.kind === "postgres") {
    const client = newClient(new PrismaPg({ connectionString: target.url }));
    return { client, close: () => client.$disconnect() };
  }
  let pglite: PGlite | undefined = options.pglite;
  let release = () => {};
  const lazy: SqlDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect() {
      if (!pglite) {
        if (!target.dataDir.startsWith("memory://")) {
          fs.mkdirSync(path.dirname(target.dataDir), { recursive: true });
          release = claimDataDir(target.dataDir);
        }
        pglite = new PGlite(target.dataDir);
      }
      return new PrismaPGlite(pglite).connect();
    },
  };
  const client = newClient(lazy);
  return {
    client,
    async close() {
      await client.$disconnect();
      if (pglite && !pglite.closed) await pglite.close();
      release();
    },
  };
}
