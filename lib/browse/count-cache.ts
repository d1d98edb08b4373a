import "server-only";
import { db } from "@/lib/db";

// Counts that are the same for everyone and dear to make (a browse page with nothing chosen),
// kept in the database so every app instance shares them, against the data version they were
// counted at. The version moves on at the commit of every write (a trigger on AuditEvent, see the
// data_version migration), in commit order, so a kept count is used only while no write has
// committed since: right as soon as a write commits, on every instance.

/** The kept value for `key` at the current data version, or `count()`'s, which is then kept. */
export async function keptCounts<T>(key: string, count: () => Promise<T>): Promise<T> {
  const [row] = await db.$queryRaw<[{ version: bigint; value: T | null }]>`
    SELECT v.version, c.value FROM "DataVersion" v LEFT JOIN "CountCache" c ON c.key = ${key} AND c.version = v.version WHERE v.id = 1`;
  if (row.value !== null) return row.value;
  // Counted after the version was read, so the counts are at least that new: keeping them under
  // it can only make a later reader count again, never show it less than it should see.
  const value = await count();
  await db.$executeRaw`
    INSERT INTO "CountCache" ("key", "version", "value") VALUES (${key}, ${row.version}, ${JSON.stringify(value)}::jsonb)
    ON CONFLICT ("key") DO UPDATE SET "version" = excluded."version", "value" = excluded."value", "computedAt" = now()
    WHERE "CountCache"."version" < excluded."version"`;
  return value;
}
