import "server-only";
import type { RecordType } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/prisma-client";
import { ConflictError } from "@/lib/errors";
import type { FormValues } from "@/lib/forms/form-state";

/** The refusal for a save over a newer version: who changed the record last, when, and to what. */
export async function conflictFor(
  tx: Pick<Tx, "auditEvent">,
  recordType: RecordType,
  recordId: number,
  current: FormValues,
  currentVersion: number,
) {
  const last = await tx.auditEvent.findFirst({
    where: { recordType, recordId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true, user: { select: { name: true } } },
  });
  return new ConflictError({
    current,
    currentVersion,
    changedBy: last?.user?.name ?? null,
    changedAt: last?.at.toISOString() ?? null,
  });
}
