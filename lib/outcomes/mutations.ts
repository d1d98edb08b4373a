import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { resolveTopics } from "@/lib/records/resolve";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import type { OutcomeInput } from "./schema";

export async function createOutcome(input: OutcomeInput, user: CurrentUser): Promise<number> {
  return db.$transaction(async (tx) => {
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
