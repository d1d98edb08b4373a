import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record";
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

/**
 * The one way an edit form saves: only over the version it was loaded at, else a ConflictError
 * holding what is saved now (as form values); the changed fields are audited in the same
 * transaction. `select` must include `version` and what `toForm` reads.
 */
export async function versionedUpdate<R extends object>(
  tx: Tx,
  args: {
    recordType: VersionedType;
    id: number;
    version: number;
    data: Record<string, unknown>;
    /** reads what `toForm` takes (the record's edit select) */
    select: object;
    toForm: (row: R) => FormValues;
    user: CurrentUser;
    /** extra before/after fields for the audit (relations the caller rewrites itself) */
    audit?: (current: R) => { before: Record<string, unknown>; after: Record<string, unknown> };
  },
): Promise<R> {
  const model = tx[recordInfo(args.recordType).model] as unknown as Versioned;
  const current = await model.findFirst({ where: { id: args.id, deletedAt: null }, select: args.select });
  if (!current) throw new ActionError("This record has been deleted. Restore it before editing.");
  const saved = await model.updateMany({
    where: { id: args.id, version: args.version },
    data: { ...args.data, version: { increment: 1 } },
  });
  if (saved.count === 0) {
    // Read again: under READ COMMITTED this statement sees the save that beat ours.
    const latest = (await model.findFirst({ where: { id: args.id }, select: args.select })) ?? current;
    throw await conflictFor(tx, args.recordType, args.id, args.toForm(latest as unknown as R), latest.version);
  }
  const extra = args.audit?.(current as unknown as R);
  const diff = changedFields({ ...current, ...extra?.before }, { ...args.data, ...extra?.after });
  await recordAudit(tx, {
    userId: args.user.id,
    action: "UPDATE",
    recordType: args.recordType,
    recordId: args.id,
    ...diff,
  });
  return current as unknown as R;
}
