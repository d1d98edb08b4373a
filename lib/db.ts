import "server-only";
import { createPrismaClient, type Database, type Tx } from "./prisma-client";

// The one Prisma client of this process, on globalThis so hot reloads and route bundles share it
// (PGlite allows a single open instance per data directory).
const globalForDb = globalThis as unknown as { parleyDb?: Database };

export const db: Database["client"] = (globalForDb.parleyDb ??= createPrismaClient()).client;

/** For command-line scripts: close the connection (PGlite would otherwise keep the process alive). */
export function closeDb(): Promise<void> {
  return globalForDb.parleyDb!.close();
}

/**
 * Runs `work` in the caller's transaction when there is one (an import applies many records in
 * one), else in a transaction of its own.
 */
export function inTransaction<T>(outer: Tx | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
  return outer ? work(outer) : db.$transaction(work);
}
