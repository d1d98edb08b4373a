import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { db, inTransaction } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { resolveTopics } from "@/lib/records/resolve";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import type { FollowUpInput, OutcomeInput, UpdateOutcomeInput } from "./schema";
import { outcomeEditSelect, outcomeFormValues } from "./form-values";
import { findByTitle } from "@/lib/records/exists";
import { versionedUpdate } from "@/lib/records/versioned-update";

export async function createOutcome(input: OutcomeInput, user: CurrentUser, outer?: Tx): Promise<number> {
  return inTransaction(outer, async (tx) => {
    const dialogue = await tx.dialogue.findFirst({
      where: { id: input.dialogueId, deletedAt: null },
      select: { id: true, participations: { where: { deletedAt: null }, select: { id: true } } },
    });
    if (!dialogue) throw new ActionError("This dialogue has been deleted.");
    const ownParticipants = new Set(dialogue.participations.map((p) => p.id));
    if (input.participationIds.some((p) => !ownParticipants.has(p))) throw new ActionError("Choose participants of this meeting.", { participationIds: ["Not a participant of this meeting"] });
    const agreements = await tx.agreement.count({ where: { id: { in: input.agreementIds }, deletedAt: null } });
    if (agreements !== input.agreementIds.length) throw new ActionError("One of the agreements no longer exists.", { agreementIds: ["No such agreement"] });
    const topicIds = await resolveTopics(tx, input.topics, user);
    const data = {
      dialogueId: input.dialogueId, kind: input.kind, text: input.text, followUpStatus: input.followUpStatus ?? null,
      dueDate: input.dueDate?.date ?? null, duePrecision: input.dueDate?.precision ?? null,
    };
    const created = await tx.outcome.create({
      data: {
        ...data,
        topics: { create: topicIds.map((topicId) => ({ topicId })) },
        agreements: { create: input.agreementIds.map((agreementId) => ({ agreementId })) },
        participants: { create: input.participationIds.map((participationId) => ({ participationId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, { userId: user.id, action: "CREATE", recordType: "OUTCOME", recordId: created.id, after: { ...data, topicIds, agreementIds: input.agreementIds, participationIds: input.participationIds } });
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
      if (!id) throw new ActionError("No single record has that title.", { fulfilledBy: ["Pick the dialogue or agreement from the suggestions"] });
      fulfiller = { type, id };
    }
    const status = fulfiller ? "DONE" : input.followUpStatus;
    await versionedUpdate(tx, {
      recordType: "OUTCOME", id: input.id, version: input.version, data: { followUpStatus: status }, user,
      select: { version: true, followUpStatus: true }, toForm: (o: { followUpStatus: string | null }) => ({ followUpStatus: o.followUpStatus ?? "" }),
    });
    if (fulfiller) {
      const key = { fromType: fulfiller.type, fromId: fulfiller.id, relation: "FULFILS" as const, toType: "OUTCOME" as const, toId: input.id };
      const existing = await tx.link.findUnique({ where: { fromType_fromId_relation_toType_toId: key }, select: { id: true } });
      const link = existing
        ? await tx.link.update({ where: { id: existing.id }, data: { deletedAt: null }, select: { id: true } })
        : await tx.link.create({ data: key, select: { id: true } });
      await recordAudit(tx, { userId: user.id, action: "LINK", recordType: "LINK", recordId: link.id, after: key });
    }
  });
}

export async function updateOutcome(input: UpdateOutcomeInput, user: CurrentUser, outer?: Tx): Promise<number> {
  return inTransaction(outer, async (tx) => {
    const current = await tx.outcome.findFirst({ where: { id: input.id, deletedAt: null }, select: { dialogueId: true } });
    if (!current) throw new ActionError("This outcome has been deleted.");
    const participants = await tx.participation.count({ where: { id: { in: input.participationIds }, dialogueId: current.dialogueId } });
    if (participants !== input.participationIds.length) throw new ActionError("Choose participants of this meeting.", { participationIds: ["Not a participant of this meeting"] });
    const topicIds = await resolveTopics(tx, input.topics, user);
    const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);
    const data = { kind: input.kind, text: input.text, followUpStatus: input.followUpStatus ?? null, dueDate: input.dueDate?.date ?? null, duePrecision: input.dueDate?.precision ?? null };
    await versionedUpdate(tx, {
      recordType: "OUTCOME", id: input.id, version: input.version, data, user, select: outcomeEditSelect, toForm: outcomeFormValues,
      audit: (row) => {
        const r = row as unknown as { topics: { topicId: number }[]; agreements: { agreementId: number }[]; participants: { participationId: number }[] };
        return {
          before: { topicIds: sorted(r.topics.map((t) => t.topicId)), agreementIds: sorted(r.agreements.map((a) => a.agreementId)), participationIds: sorted(r.participants.map((p) => p.participationId)) },
          after: { topicIds: sorted(topicIds), agreementIds: sorted(input.agreementIds), participationIds: sorted(input.participationIds) },
        };
      },
    });
    await tx.outcomeTopic.deleteMany({ where: { outcomeId: input.id } });
    await tx.outcomeTopic.createMany({ data: topicIds.map((topicId) => ({ outcomeId: input.id, topicId })) });
    await tx.outcomeAgreement.deleteMany({ where: { outcomeId: input.id } });
    await tx.outcomeAgreement.createMany({ data: [...new Set(input.agreementIds)].map((agreementId) => ({ outcomeId: input.id, agreementId })) });
    await tx.outcomeParticipant.deleteMany({ where: { outcomeId: input.id } });
    await tx.outcomeParticipant.createMany({ data: [...new Set(input.participationIds)].map((participationId) => ({ outcomeId: input.id, participationId })) });
    return current.dialogueId;
  });
}
