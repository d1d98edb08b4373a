import type { Tx } from "@/lib/prisma-client";
import { ALL_RECORD_TYPES, recordInfo } from "@/lib/records/registry";

// Records written in bulk, not through a form (the seed, the synthetic-data generator), still
// begin their history with how they came to be: one CREATE event, by no user, saying where from.
// The bulk paths call recordOrigins once at their end; it skips records that have any history.

export const ORIGINS = { seed: "the demo seed", synthetic: "the synthetic-data generator" } as const;
export type Origin = keyof typeof ORIGINS;

/** Gives every record without any history a first event: created by `origin`. Returns how many. */
export async function recordOrigins(tx: Pick<Tx, "$executeRawUnsafe">, origin: Origin): Promise<number> {
  let added = 0;
  for (const type of ALL_RECORD_TYPES) {
    const { table } = recordInfo(type);
    added += await tx.$executeRawUnsafe(
      `INSERT INTO "AuditEvent" ("action", "recordType", "recordId", "after")
       SELECT 'CREATE', $1::"RecordType", t.id, jsonb_build_object('origin', $2::text) FROM "${table}" t
       WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."recordType" = $1::"RecordType" AND e."recordId" = t.id)
       ORDER BY t.id`,
      type,
      origin,
    );
  }
  return added;
}
