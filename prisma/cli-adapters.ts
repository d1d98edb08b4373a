// Driver adapters for the Prisma 6.19 CLI (migrate deploy / dev / diff), with fixes the CLI needs.
// Only prisma.config.ts uses this module; the app's run-time path uses the adapters unchanged.
// Why each fix exists: docs/decisions/002-prisma-cli-adapters.md.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { runAdminSql } from "../lib/pg-admin";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- adapter internals are not typed publicly
type AnyAdapter = Record<string, any>;
type Query = { sql: string; args: unknown[] };

// ---------------------------------------------------------------------------------------------
// PGlite

function patchPGliteAdapter(adapter: AnyAdapter, client: PGlite): AnyAdapter {
  // Fix 1: upstream executeScript does not await exec(), so a failing migration is recorded as
  // applied. Await it and report errors the way the adapter reports query errors.
  adapter.executeScript = async (script: string) => {
    try {
      await client.exec(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  // Fix 2: `migrate dev` sends whole migration files through executeRaw without arguments; PGlite
  // runs those as prepared statements, which reject several commands. Use the simple protocol.
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: Query) => {
    if (query.args.length > 0) return executeRaw(query);
    try {
      const results = await client.exec(query.sql);
      return results.at(-1)?.affectedRows ?? 0;
    } catch (error) {
      adapter.onError(error);
    }
  };
  // Fix 3: the CLI never closes PGlite; a data directory left open once failed to open again.
  adapter.dispose = async () => {
    if (!client.closed) await client.close();
  };
  return adapter;
}

export function pgliteCliAdapter(dataDir: string) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = new PGlite(dataDir);
  // Fix 3 (continued): close on the way out even if the CLI never disposes the adapter.
  process.once("beforeExit", () => {
    if (!client.closed) void client.close();
  });
  const factory = new PrismaPGlite(client) as unknown as AnyAdapter;
  return Object.assign(factory, {
    connect: async () => patchPGliteAdapter(await PrismaPGlite.prototype.connect.call(factory), client),
    // The shadow database (migrate dev) gets its own in-memory PGlite, patched the same way.
    connectToShadowDb: async () => {
      const shadow = new PGlite("memory://");
      return patchPGliteAdapter(await new PrismaPGlite(shadow).connect(), shadow);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

const TEXT_OID = 25;
const NAME_OID = 19; // migrate's catalog queries return `name` ...
const CHAR_OID = 18; // ... and `"char"`, which the adapter cannot map: report them as text.

function patchPgQueryable(queryable: AnyAdapter): AnyAdapter {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query: Query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  return queryable;
}

function patchPgAdapter(adapter: AnyAdapter): AnyAdapter {
  patchPgQueryable(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel?: string) =>
    patchPgQueryable(await startTransaction(isolationLevel));
  // Upstream splits scripts on every `;`, which breaks `;` inside comments and `$$` bodies.
  // One simple-protocol query runs the script as PostgreSQL itself would.
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

export function postgresCliAdapter(connectionString: string) {
  const factory = new PrismaPg({ connectionString }) as unknown as AnyAdapter;
  return Object.assign(factory, {
    connect: async () => patchPgAdapter(await PrismaPg.prototype.connect.call(factory)),
    // Upstream drops the shadow database before its pool closes (the drop then fails). Create and
    // drop it through a separate admin connection, after the shadow pool has ended.
    connectToShadowDb: async () => {
      const database = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
      const admin = (sql: string) => runAdminSql(connectionString, sql);
      await admin(`CREATE DATABASE "${database}"`);
      const url = new URL(connectionString);
      url.pathname = `/${database}`;
      const shadow = patchPgAdapter(await new PrismaPg({ connectionString: url.toString() }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin(`DROP DATABASE IF EXISTS "${database}"`);
      };
      return shadow;
    },
  });
}
