import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import { columns, nameList, textValues } from "@/lib/forms/form-values";
import type { EditForm } from "@/lib/records/versioned-update";
import { vagueDateText } from "@/lib/forms/vague-date";

// An outcome's edit form: what it reads (the select), and the stored record as its field values.

export const outcomeEditSelect = {
  ...columns("version", "dialogueId", "kind", "text", "followUpStatus", "dueDate", "duePrecision", "strength"),
  topics: { select: { topicId: true, topic: { select: { name: true } } } },
  agreements: { select: { agreementId: true } },
  participants: { select: { participationId: true } },
} as const satisfies Prisma.OutcomeSelect;

export type OutcomeEditRow = Prisma.OutcomeGetPayload<{ select: typeof outcomeEditSelect }>;

export function outcomeFormValues(o: OutcomeEditRow): FormValues {
  return {
    ...textValues(o, "kind", "text", "followUpStatus", "strength"),
    dueDate: vagueDateText(o.dueDate, o.duePrecision),
    topics: nameList(o.topics, (t) => t.topic.name),
    agreementIds: o.agreements.map((a) => String(a.agreementId)),
    participationIds: o.participants.map((p) => String(p.participationId)),
  };
}

export const outcomeEdit: EditForm<OutcomeEditRow> = {
  recordType: "OUTCOME",
  select: outcomeEditSelect,
  toForm: outcomeFormValues,
};
