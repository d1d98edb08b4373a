import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction, RecordType } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/prisma-client";
import { toJson, type Snapshot } from "./diff";

export type AuditEntry = {
  userId: number | null;
  action: AuditAction;
  recordType?: RecordType;
  recordId?: number;
  before?: Snapshot | null;
  after?: Snapshot | null;
  clientIp?: string | null;
};

/** Writes one audit event; call it inside the transaction of the change it records. */
export async function recordAudit(tx: Pick<Tx, "auditEvent">, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      before: entry.before ? (toJson(entry.before) as Prisma.InputJsonValue) : undefined,
      after: entry.after ? (toJson(entry.after) as Prisma.InputJsonValue) : undefined,
      clientIp: entry.clientIp ?? undefined,
    },
  });
}

/** The audit event of a change to one record, by a user (or by no one: the seed, a generator). */
export function auditRecord(
  tx: Pick<Tx, "auditEvent">,
  userId: number | null,
  action: AuditAction,
  [recordType, recordId]: [RecordType, number],
  change: { before?: Snapshot | null; after?: Snapshot | null } = {},
): Promise<void> {
  return recordAudit(tx, { userId, action, recordType, recordId, ...change });
}
