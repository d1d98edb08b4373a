import type { FormValues } from "@/lib/forms/form-state";
import { vagueDateText } from "@/lib/forms/vague-date";
import type { DatePrecision } from "@/lib/domain";

export function outcomeFormValues(o: {
  kind: string; text: string; followUpStatus: string | null; dueDate: Date | null; duePrecision: DatePrecision | null;
  topics: { topic: { name: string } }[]; agreements: { agreementId: number }[]; participants: { participationId: number }[];
}): FormValues {
  return {
    kind: o.kind, text: o.text, followUpStatus: o.followUpStatus ?? "", dueDate: vagueDateText(o.dueDate, o.duePrecision),
    topics: o.topics.map((t) => t.topic.name).join(", "),
    agreementIds: o.agreements.map((a) => String(a.agreementId)),
    participationIds: o.participants.map((p) => String(p.participationId)),
  };
}

export const outcomeEditSelect = {
  version: true, dialogueId: true, kind: true, text: true, followUpStatus: true, dueDate: true, duePrecision: true,
  topics: { select: { topicId: true, topic: { select: { name: true } } } },
  agreements: { select: { agreementId: true } },
  participants: { select: { participationId: true } },
} as const;
