import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import type { EditForm } from "@/lib/records/versioned-update";
import { vagueDateText } from "@/lib/forms/vague-date";

// An outcome's edit form: what it reads (the select), and the stored record as its field values.

export const outcomeEditSelect = {
  version: true,
  dialogueId: true,
  kind: true,
  text: true,
  followUpStatus: true,
  dueDate: true,
  duePrecision: true,
  topics: { select: { topicId: true, topic: { select: { name: true } } } },
  agreements: { select: { agreementId: true } },
  participants: { select: { participationId: true } },
} as const satisfies Prisma.OutcomeSelect;

export type OutcomeEditRow = Prisma.OutcomeGetPayload<{ select: typeof outcomeEditSelect }>;

export function outcomeFormValues(o: OutcomeEditRow): FormValues {
  return {
    kind: o.kind,
    text: o.text,
    followUpStatus: o.followUpStatus ?? "",
    dueDate: vagueDateText(o.dueDate, o.duePrecision),
    topics: o.topics.map((t) => t.topic.name).join(", "),
    agreementIds: o.agreements.map((a) => String(a.agreementId)),
    participationIds: o.participants.map((p) => String(p.participationId)),
  };
}

export const outcomeEdit: EditForm<OutcomeEditRow> = {
  recordType: "OUTCOME",
  select: outcomeEditSelect,
  toForm: outcomeFormValues,
};
