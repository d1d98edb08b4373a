import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import { conflictFor } from "@/lib/records/conflict";
import { agreementStatusLabel } from "@/lib/labels";
import { formatDate } from "@/lib/dates";
import type { CurrentUser } from "@/lib/auth/session";
import { canTransition } from "./lifecycle";
import type { StatusChangeInput } from "./schema";

/** Records a dated status transition and makes it the agreement's current status. */
export async function changeAgreementStatus(input: StatusChangeInput, user: CurrentUser): Promise<void> {
  const { date, precision } = input.date!;
  await db.$transaction(async (tx) => {
    const agreement = await tx.agreement.findFirst({
      where: { id: input.agreementId, deletedAt: null },
      select: { id: true, version: true, status: true, statusChangedAt: true, signedDate: true, entryIntoForceDate: true, expiryDate: true },
    });
    if (!agreement) throw new ActionError("This agreement has been deleted.");
    const correction = input.correction && user.role === "ADMIN";
    if (input.correction && !correction) throw new ActionError("Only an admin can correct an agreement's history.");
    if (!correction && !canTransition(agreement.status, input.status)) {
      throw new ActionError(`An agreement cannot go from ${agreementStatusLabel[agreement.status].toLowerCase()} to ${agreementStatusLabel[input.status].toLowerCase()}.`, { status: ["Not a possible next status"] });
    }
    if (!correction && agreement.statusChangedAt && date < agreement.statusChangedAt) {
      throw new ActionError(`The change cannot be dated before the last one (${formatDate(agreement.statusChangedAt)}).`, { date: ["Before the previous change"] });
    }
    if (input.citationId && !(await tx.citation.findFirst({ where: { id: input.citationId, deletedAt: null }, select: { id: true } }))) {
      throw new ActionError("That citation does not exist.", { citationId: ["No such citation"] });
    }
    const data = {
      status: input.status,
      statusChangedAt: date,
      ...(input.status === "SIGNED" && !agreement.signedDate ? { signedDate: date, signedPrecision: precision } : {}),
      ...(input.status === "IN_FORCE" && !agreement.entryIntoForceDate ? { entryIntoForceDate: date, entryIntoForcePrecision: precision } : {}),
      ...(input.status === "EXPIRED" && !agreement.expiryDate ? { expiryDate: date, expiryPrecision: precision } : {}),
    };
    const saved = await tx.agreement.updateMany({ where: { id: agreement.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (saved.count === 0) {
      const latest = (await tx.agreement.findUnique({ where: { id: agreement.id }, select: { status: true, version: true } })) ?? agreement;
      throw await conflictFor(tx, "AGREEMENT", agreement.id, { status: latest.status }, latest.version);
    }
    const change = await tx.agreementStatusChange.create({
      data: { agreementId: agreement.id, status: input.status, date, precision, note: input.note ?? (correction ? "Correction" : null), citationId: input.citationId ?? null },
      select: { id: true },
    });
    await recordAudit(tx, {
      userId: user.id, action: "STATUS_CHANGE", recordType: "AGREEMENT", recordId: agreement.id,
      before: { status: agreement.status }, after: { ...data, statusChangeId: change.id, correction },
    });
  });
}
