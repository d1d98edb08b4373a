import "server-only";
import { after } from "next/server";
import { db } from "@/lib/db";

// Counts that are the same for everyone and dear to make (a browse page with nothing chosen),
// kept in the database so every app instance shares them, against the data version they were
// counted at. The version moves on at the commit of every write (a trigger on AuditEvent, see the
// data_version migration), in commit order, so a kept count is known to be current exactly while
// no write has committed since, on every instance.

type Kept<T> = {
  version: bigint;
  kept: bigint | null;
  value: T | null;
  computedAt: Date | null;
  recountMs: number | null;
};

async function read<T>(key: string): Promise<Kept<T>> {
  const [row] = await db.$queryRaw<[Kept<T>]>`
    SELECT v.version, c.version AS kept, c.value, c."computedAt", c."recountMs"
    FROM "DataVersion" v LEFT JOIN "CountCache" c ON c.key = ${key} WHERE v.id = 1`;
  return row;
}

// Counted after the version was read, so the counts are at least that new: keeping them under it
// can only make a later reader count again, never show it less than it should see.
async function countAndKeep<T>(key: string, version: bigint, count: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await count();
  const took = Math.round(performance.now() - started);
  await db.$executeRaw`
    INSERT INTO "CountCache" ("key", "version", "value", "recountMs") VALUES (${key}, ${version}, ${JSON.stringify(value)}::jsonb, ${took})
    ON CONFLICT ("key") DO UPDATE SET "version" = excluded."version", "value" = excluded."value", "computedAt" = now(),
      "recountingSince" = NULL, "recountMs" = excluded."recountMs"
    WHERE "CountCache"."version" < excluded."version"`;
  return value;
}

/** Runs `work` once the response has been sent (so it does not compete with it), or now outside a request. */
function afterResponse(work: () => void) {
  try {
    after(work);
  } catch {
    work();
  }
}

/** The kept value for `key` at the current data version, or `count()`'s, which is then kept. */
export async function keptCounts<T>(key: string, count: () => Promise<T>): Promise<T> {
  const row = await read<T>(key);
  if (row.kept === row.version) return row.value!;
  return countAndKeep(key, row.version, count);
}

/** How long the header waits for its counts (alerts, the inbox) to be recounted after a write before it shows the previous ones. */
export const HEADER_WAIT_MS = 20;

export type Recounted<T> = {
  value: T;
  /** When the counts were made, if a write has committed since. */
  before: Date | null;
};

/** Recounts running in this process, by key: what a test waits for. */
const running = new Map<string, Promise<unknown>>();

/** Resolves when this process's recount of `key`, if one is running, has finished. */
export async function recounted(key: string): Promise<void> {
  await running.get(key)?.catch(() => undefined);
}

/**
 * Like keptCounts, but after a write a reader waits at most `waitMs` for the recount: if it takes
 * longer, the reader gets the counts kept before the write (`before` says when they were made) and
 * the recount goes on, claimed in the database so that one instance makes it while the others keep
 * serving the previous counts. A recount that took longer than `waitMs` last time is not waited
 * for at all, and starts once the response is sent. Only the first reader ever waits for a first count.
 */
export async function keptCountsWithin<T>(key: string, waitMs: number, count: () => Promise<T>): Promise<Recounted<T>> {
  const row = await read<T>(key);
  if (row.kept === row.version) return { value: row.value!, before: null };
  if (row.value === null) return { value: await countAndKeep(key, row.version, count), before: null };
  const previous = { value: row.value, before: row.computedAt };
  const claimed = await db.$executeRaw`
    UPDATE "CountCache" SET "recountingSince" = now()
    WHERE key = ${key} AND ("recountingSince" IS NULL OR "recountingSince" < now() - interval '1 minute')`;
  if (claimed === 0) return previous;
  const start = () => {
    const recount = countAndKeep(key, row.version, count).catch(async (error: unknown) => {
      console.error(`recounting ${key} failed`, error);
      await db.$executeRaw`UPDATE "CountCache" SET "recountingSince" = NULL WHERE key = ${key}`;
      throw error;
    });
    running.set(key, recount);
    void recount.finally(() => running.get(key) === recount && running.delete(key)).catch(() => undefined);
    return recount;
  };
  // A recount known to take longer than the wait is not waited for, and starts after the response.
  if (row.recountMs !== null && row.recountMs > waitMs) {
    afterResponse(start);
    return previous;
  }
  const recount = start();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, waitMs, null)));
  try {
    const done = await Promise.race([recount.then((value) => ({ value })), late]);
    return done === null ? previous : { value: done.value, before: null };
  } catch {
    return previous;
  } finally {
    clearTimeout(timer);
  }
}
