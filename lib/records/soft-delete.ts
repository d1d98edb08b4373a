import "server-only";
import { db } from "@/lib/db";
import { auditRecord } from "@/lib/audit/record";
import { recordInfo, type DeletableType } from "./registry";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";

// Deletion is soft: the record leaves lists and pages but keeps its links, citations and history,
// and an analyst can restore it.

// The delegates differ in their types but share these two calls.
type SoftDeletable = {
  findUnique(args: { where: { id: number }; select: { deletedAt: true } }): Promise<{ deletedAt: Date | null } | null>;
  update(args: {
    where: { id: number };
    data: { deletedAt: Date | null; version: { increment: number } };
  }): Promise<unknown>;
};

export async function setDeleted(
  recordType: DeletableType,
  id: number,
  deleted: boolean,
  user: CurrentUser,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const model = tx[recordInfo(recordType).model] as unknown as SoftDeletable;
    const row = await model.findUnique({ where: { id }, select: { deletedAt: true } });
    if (!row) throw new ActionError("That record does not exist.");
    if ((row.deletedAt !== null) === deleted) return; // already so: nothing to do, nothing to audit
    const deletedAt = deleted ? new Date() : null;
    await model.update({ where: { id }, data: { deletedAt, version: { increment: 1 } } });
    await auditRecord(tx, user.id, deleted ? "DELETE" : "RESTORE", [recordType, id], {
      before: { deletedAt: row.deletedAt },
      after: { deletedAt },
    });
  });
}
