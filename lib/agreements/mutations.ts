import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { db, inTransaction } from "@/lib/db";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import { conflictFor } from "@/lib/records/conflict";
import { agreementStatusLabel } from "@/lib/labels";
import { formatDate } from "@/lib/dates";
import type { CurrentUser } from "@/lib/auth/session";
import { canTransition } from "./lifecycle";
import { firstTermEnd } from "./terms";
import type { AgreementInput, StatusChangeInput, UpdateAgreementInput } from "./schema";
import { versionedUpdate } from "@/lib/records/versioned-update";
import { type AgreementEditRow, agreementEdit } from "./form-values";
import { listAudit, rewriteJoinRows } from "@/lib/records/join-rows";
import { resolveCountries, resolveOrganisation, resolveTopics, splitNames } from "@/lib/records/resolve";

/** Records a dated status transition and makes it the agreement's current status. */
export async function changeAgreementStatus(input: StatusChangeInput, user: CurrentUser, outer?: Tx): Promise<void> {
  const { date, precision } = input.date;
  await inTransaction(outer, async (tx) => {
    const agreement = await tx.agreement.findFirst({
      where: { id: input.agreementId, deletedAt: null },
      select: {
        id: true,
        version: true,
        status: true,
        statusChangedAt: true,
        signedDate: true,
        entryIntoForceDate: true,
        expiryDate: true,
        expiryPrecision: true,
        termMonths: true,
      },
    });
    if (!agreement) throw new ActionError("This agreement has been deleted.");
    const correction = input.correction && user.role === "ADMIN";
    if (input.correction && !correction) throw new ActionError("Only an admin can correct an agreement's history.");
    if (!correction && !canTransition(agreement.status, input.status)) {
      throw new ActionError(
        `An agreement cannot go from ${agreementStatusLabel[agreement.status].toLowerCase()} to ${agreementStatusLabel[input.status].toLowerCase()}.`,
        { status: ["Not a possible next status"] },
      );
    }
    if (!correction && agreement.statusChangedAt && date < agreement.statusChangedAt) {
      throw new ActionError(
        `The change cannot be dated before the last one (${formatDate(agreement.statusChangedAt)}).`,
        { date: ["Before the previous change"] },
      );
    }
    if (
      input.citationId &&
      !(await tx.citation.findFirst({ where: { id: input.citationId, deletedAt: null }, select: { id: true } }))
    ) {
      throw new ActionError("That citation does not exist.", { citationId: ["No such citation"] });
    }
    const data = {
      status: input.status,
      statusChangedAt: date,
      ...(input.status === "SIGNED" && !agreement.signedDate ? { signedDate: date, signedPrecision: precision } : {}),
      ...(input.status === "IN_FORCE" && !agreement.entryIntoForceDate
        ? { entryIntoForceDate: date, entryIntoForcePrecision: precision }
        : {}),
      ...(input.status === "EXPIRED" && !agreement.expiryDate ? { expiryDate: date, expiryPrecision: precision } : {}),
    };
    const { termEndsOn } = withTermEnd({ ...agreement, ...data });
    const saved = await tx.agreement.updateMany({
      where: { id: agreement.id, version: input.version },
      data: { ...data, termEndsOn, version: { increment: 1 } },
    });
    if (saved.count === 0) {
      const latest =
        (await tx.agreement.findUnique({ where: { id: agreement.id }, select: { status: true, version: true } })) ??
        agreement;
      throw await conflictFor(tx, "AGREEMENT", agreement.id, { status: latest.status }, latest.version);
    }
    const change = await tx.agreementStatusChange.create({
      data: {
        agreementId: agreement.id,
        status: input.status,
        date,
        precision,
        note: input.note ?? (correction ? "Correction" : null),
        citationId: input.citationId ?? null,
      },
      select: { id: true },
    });
    await auditRecord(tx, user.id, "STATUS_CHANGE", ["AGREEMENT", agreement.id], {
      before: { status: agreement.status },
      after: { ...data, statusChangeId: change.id, correction },
    });
  });
}

/** The agreement's own columns, as the form gives them (its status has a form of its own). */
const columns = (input: UpdateAgreementInput | AgreementInput) => ({
  title: input.title,
  kind: input.kind,
  legallyBinding: input.legallyBinding,
  summary: input.summary ?? null,
  documentUrl: input.documentUrl ?? null,
  expiryDate: input.expiryDate?.date ?? null,
  expiryPrecision: input.expiryDate?.precision ?? null,
  termMonths: input.termMonths ?? null,
  autoRenews: input.autoRenews,
  renewalMonths: input.renewalMonths ?? null,
  noticeDays: input.noticeDays ?? null,
});

type TermDates = Parameters<typeof firstTermEnd>[0];
/** The derived day the first term ends, kept beside the dates it comes from (the alerts register filters on it). */
const withTermEnd = <T extends TermDates>(row: T) => ({ ...row, termEndsOn: firstTermEnd(row) });

/** Parties, signatory organisations and topics as named in the form, resolved (organisations and topics are created when new). */
async function relatedIds(tx: Tx, input: UpdateAgreementInput | AgreementInput, user: CurrentUser) {
  const partyIds = await resolveCountries(tx, input.parties, "parties");
  if (partyIds.length === 0) throw new ActionError("Name the parties.", { parties: ["Name at least one country"] });
  const signatoryIds: number[] = [];
  for (const name of splitNames(input.signatories)) signatoryIds.push(await resolveOrganisation(tx, name, user));
  const topicIds = await resolveTopics(tx, input.topics, user);
  return { partyIds, signatoryIds, topicIds };
}

/** Creates an agreement with its first dated status, parties, signatory organisations and topics. */
export async function createAgreement(input: AgreementInput, user: CurrentUser, outer?: Tx): Promise<number> {
  const { date, precision } = input.statusDate;
  return inTransaction(outer, async (tx) => {
    if (
      input.dialogueId &&
      !(await tx.dialogue.findFirst({ where: { id: input.dialogueId, deletedAt: null }, select: { id: true } }))
    ) {
      throw new ActionError("That dialogue no longer exists.");
    }
    const { partyIds, signatoryIds, topicIds } = await relatedIds(tx, input, user);
    const signatories = await tx.organisation.findMany({
      where: { id: { in: signatoryIds } },
      select: { id: true, countryId: true },
    });
    const signed = ["SIGNED", "IN_FORCE", "EXPIRED", "TERMINATED"].includes(input.status);
    const data = withTermEnd({
      ...columns(input),
      status: input.status,
      statusChangedAt: date,
      signedDate: input.status === "SIGNED" ? date : null,
      signedPrecision: input.status === "SIGNED" ? precision : null,
      entryIntoForceDate: input.status === "IN_FORCE" ? date : null,
      entryIntoForcePrecision: input.status === "IN_FORCE" ? precision : null,
      dialogueId: input.dialogueId ?? null,
    });
    const created = await tx.agreement.create({
      data: {
        ...data,
        parties: { create: partyIds.map((countryId) => ({ countryId })) },
        signatories:
          signed || signatories.length
            ? { create: signatories.map((o) => ({ organisationId: o.id, countryId: o.countryId })) }
            : undefined,
        topics: { create: topicIds.map((topicId) => ({ topicId })) },
        statusHistory: { create: { status: input.status, date, precision } },
      },
      select: { id: true },
    });
    await auditRecord(tx, user.id, "CREATE", ["AGREEMENT", created.id], {
      after: { ...data, partyIds, signatoryIds, topicIds },
    });
    return created.id;
  });
}

/** Edits an agreement's facts, parties, signatory organisations and topics (status has its own form). */
export async function updateAgreement(input: UpdateAgreementInput, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const { partyIds, signatoryIds, topicIds } = await relatedIds(tx, input, user);
    const lists = (row: AgreementEditRow) => ({
      partyIds: { before: row.parties.map((p) => p.countryId), after: partyIds },
      signatoryIds: {
        before: row.signatories.flatMap((s) => (s.organisationId ? [s.organisationId] : [])),
        after: signatoryIds,
      },
      topicIds: { before: row.topics.map((t) => t.topicId), after: topicIds },
    });
    const dates = await tx.agreement.findFirst({
      where: { id: input.id },
      select: { signedDate: true, entryIntoForceDate: true },
    });
    const own = withTermEnd({ signedDate: null, entryIntoForceDate: null, ...dates, ...columns(input) });
    const saved = await versionedUpdate(tx, agreementEdit, input, own, user, (row) => listAudit(lists(row)));
    const changed = lists(saved);
    await rewriteJoinRows(tx.agreementParty, { agreementId: input.id }, changed.partyIds, (countryId) => ({
      countryId,
    }));
    await rewriteJoinRows(tx.agreementTopic, { agreementId: input.id }, changed.topicIds, (topicId) => ({ topicId }));
    // Signatory people and notes stay; the organisations are replaced by the form's list.
    await tx.agreementSignatory.deleteMany({
      where: { agreementId: input.id, organisationId: { not: null, notIn: signatoryIds } },
    });
    const kept = new Set(
      (
        await tx.agreementSignatory.findMany({ where: { agreementId: input.id }, select: { organisationId: true } })
      ).map((s) => s.organisationId),
    );
    const orgs = await tx.organisation.findMany({
      where: { id: { in: signatoryIds.filter((id) => !kept.has(id)) } },
      select: { id: true, countryId: true },
    });
    await tx.agreementSignatory.createMany({
      data: orgs.map((o) => ({ agreementId: input.id, organisationId: o.id, countryId: o.countryId })),
    });
  });
}
