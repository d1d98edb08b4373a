import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { auditRecord } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/diff";
import { ActionError } from "@/lib/errors";
import type { FormValues } from "@/lib/forms/form-state";
import type { CurrentUser } from "@/lib/auth/session";
import { conflictFor } from "./conflict";
import { recordInfo, type VersionedType } from "./registry";

type Row = Record<string, unknown> & { version: number };
// The model delegates differ in their types but share these calls.
type Versioned = {
  findFirst(args: { where: object; select?: object }): Promise<Row | null>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
};

/** What an edit form of one record type reads (its edit select) and how it shows a record (its form values). */
export type EditForm<R> = { recordType: VersionedType; select: object; toForm: (row: R) => FormValues };

/** Extra before/after fields for the audit: the relations the caller rewrites itself. */
type ListAudit<R> = (current: R) => { before: Record<string, unknown>; after: Record<string, unknown> };

/**
 * The one way an edit form saves: only over the version it was loaded at, else a ConflictError
 * holding what is saved now (as form values); the changed fields are audited in the same
 * transaction. Returns the record as it was before the save.
 */
export async function versionedUpdate<R extends object>(
  tx: Tx,
  form: EditForm<R>,
  target: { id: number; version: number },
  data: Record<string, unknown>,
  user: CurrentUser,
  audit?: ListAudit<R>,
): Promise<R> {
  const model = tx[recordInfo(form.recordType).model] as unknown as Versioned;
  const current = await model.findFirst({ where: { id: target.id, deletedAt: null }, select: form.select });
  if (!current) throw new ActionError("This record has been deleted. Restore it before editing.");
  const saved = await model.updateMany({
    where: { id: target.id, version: target.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (saved.count === 0) {
    // Read again: under READ COMMITTED this statement sees the save that beat ours.
    const latest = (await model.findFirst({ where: { id: target.id }, select: form.select })) ?? current;
    throw await conflictFor(tx, form.recordType, target.id, form.toForm(latest as unknown as R), latest.version);
  }
  const extra = audit?.(current as unknown as R);
  const diff = changedFields({ ...current, ...extra?.before }, { ...data, ...extra?.after });
  await auditRecord(tx, user.id, "UPDATE", [form.recordType, target.id], diff);
  return current as unknown as R;
}
