import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { db, inTransaction } from "@/lib/db";
import { auditRecord } from "@/lib/audit/record";
import { resolveTopics } from "@/lib/records/resolve";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import type { FollowUpInput, OutcomeInput, UpdateOutcomeInput } from "./schema";
import { type OutcomeEditRow, outcomeEdit } from "./form-values";
import { listAudit, rewriteJoinRows } from "@/lib/records/join-rows";
import { findByTitle } from "@/lib/records/exists";
import { versionedUpdate } from "@/lib/records/versioned-update";
import { suggestStrength } from "./strength";
import type { EditForm } from "@/lib/records/versioned-update";

/** The follow-up form of a commitment in the register: its status only. */
const followUpEdit: EditForm<{ followUpStatus: string | null }> = {
  recordType: "OUTCOME",
  select: { version: true, followUpStatus: true },
  toForm: (o) => ({ followUpStatus: o.followUpStatus ?? "" }),
};

/** The outcome's own columns, as the form gives them. */
const columns = (input: Omit<OutcomeInput, "dialogueId">) => ({
  kind: input.kind,
  text: input.text,
  followUpStatus: input.followUpStatus ?? null,
  dueDate: input.dueDate?.date ?? null,
  duePrecision: input.dueDate?.precision ?? null,
  // Left blank, the strength the words suggest is stored (the analyst can change it).
  strength: input.strength ?? suggestStrength(input.text, input.kind, Boolean(input.dueDate)),
});

export async function createOutcome(input: OutcomeInput, user: CurrentUser, outer?: Tx): Promise<number> {
  return inTransaction(outer, async (tx) => {
    const dialogue = await tx.dialogue.findFirst({
      where: { id: input.dialogueId, deletedAt: null },
      select: { id: true, participations: { where: { deletedAt: null }, select: { id: true } } },
    });
    if (!dialogue) throw new ActionError("This dialogue has been deleted.");
    const ownParticipants = new Set(dialogue.participations.map((p) => p.id));
    if (input.participationIds.some((p) => !ownParticipants.has(p)))
      throw new ActionError("Choose participants of this meeting.", {
        participationIds: ["Not a participant of this meeting"],
      });
    const agreements = await tx.agreement.count({ where: { id: { in: input.agreementIds }, deletedAt: null } });
    if (agreements !== input.agreementIds.length)
      throw new ActionError("One of the agreements no longer exists.", { agreementIds: ["No such agreement"] });
    const topicIds = await resolveTopics(tx, input.topics, user);
    const data = { dialogueId: input.dialogueId, ...columns(input) };
    const created = await tx.outcome.create({
      data: {
        ...data,
        topics: { create: topicIds.map((topicId) => ({ topicId })) },
        agreements: { create: input.agreementIds.map((agreementId) => ({ agreementId })) },
        participants: { create: input.participationIds.map((participationId) => ({ participationId })) },
      },
      select: { id: true },
    });
    await auditRecord(tx, user.id, "CREATE", ["OUTCOME", created.id], {
      after: { ...data, topicIds, agreementIds: input.agreementIds, participationIds: input.participationIds },
    });
    return created.id;
  });
}

/** Updates a commitment's follow-up; "fulfilled by" adds a FULFILS link from that record and marks it done. */
export async function updateFollowUp(input: FollowUpInput, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    let fulfiller: { type: "DIALOGUE" | "AGREEMENT"; id: number } | null = null;
    if (input.fulfilledBy) {
      const type = input.fulfilledByType ?? "DIALOGUE";
      const id = await findByTitle(tx, type, input.fulfilledBy);
      if (!id)
        throw new ActionError("No single record has that title.", {
          fulfilledBy: ["Pick the dialogue or agreement from the suggestions"],
        });
      fulfiller = { type, id };
    }
    const status = fulfiller ? "DONE" : input.followUpStatus;
    await versionedUpdate(tx, followUpEdit, input, { followUpStatus: status }, user);
    if (fulfiller) {
      const key = {
        fromType: fulfiller.type,
        fromId: fulfiller.id,
        relation: "FULFILS" as const,
        toType: "OUTCOME" as const,
        toId: input.id,
      };
      const existing = await tx.link.findUnique({
        where: { fromType_fromId_relation_toType_toId: key },
        select: { id: true },
      });
      const link = existing
        ? await tx.link.update({ where: { id: existing.id }, data: { deletedAt: null }, select: { id: true } })
        : await tx.link.create({ data: key, select: { id: true } });
      await auditRecord(tx, user.id, "LINK", ["LINK", link.id], { after: key });
    }
  });
}

export async function updateOutcome(input: UpdateOutcomeInput, user: CurrentUser, outer?: Tx): Promise<number> {
  return inTransaction(outer, async (tx) => {
    const current = await tx.outcome.findFirst({
      where: { id: input.id, deletedAt: null },
      select: { dialogueId: true },
    });
    if (!current) throw new ActionError("This outcome has been deleted.");
    const participants = await tx.participation.count({
      where: { id: { in: input.participationIds }, dialogueId: current.dialogueId },
    });
    if (participants !== input.participationIds.length)
      throw new ActionError("Choose participants of this meeting.", {
        participationIds: ["Not a participant of this meeting"],
      });
    const topicIds = await resolveTopics(tx, input.topics, user);
    const lists = (row: OutcomeEditRow) => ({
      topicIds: { before: row.topics.map((t) => t.topicId), after: topicIds },
      agreementIds: { before: row.agreements.map((a) => a.agreementId), after: input.agreementIds },
      participationIds: { before: row.participants.map((p) => p.participationId), after: input.participationIds },
    });
    const saved = await versionedUpdate(tx, outcomeEdit, input, columns(input), user, (row) => listAudit(lists(row)));
    const changed = lists(saved);
    const owner = { outcomeId: input.id };
    await rewriteJoinRows(tx.outcomeTopic, owner, changed.topicIds, (topicId) => ({ topicId }));
    await rewriteJoinRows(tx.outcomeAgreement, owner, changed.agreementIds, (agreementId) => ({ agreementId }));
    await rewriteJoinRows(tx.outcomeParticipant, owner, changed.participationIds, (participationId) => ({
      participationId,
    }));
    return current.dialogueId;
  });
}
