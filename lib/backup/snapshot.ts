import "server-only";
import type { DbClient, Tx } from "@/lib/prisma-client";

/** Long enough for a backup of a large database to a slow reader; the snapshot is read-only. */
const SNAPSHOT_TIMEOUT_MS = 60 * 60_000;

/**
 * Runs `work` in one REPEATABLE READ, READ ONLY transaction: every query in it sees the database
 * as it was at its first query, whatever commits meanwhile, so a backup taken while analysts write
 * is a consistent whole (no child row without its parent). The isolation level is set inside the
 * transaction, not through Prisma's option, because the PGlite adapter applies that option before
 * its BEGIN, where it has no effect.
 */
export function inSnapshot<T>(client: DbClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  return client.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      return work(tx);
    },
    { timeout: SNAPSHOT_TIMEOUT_MS, maxWait: 60_000 },
  );
}
