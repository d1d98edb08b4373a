import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import { columns, textValues } from "@/lib/forms/form-values";
import type { EditForm } from "@/lib/records/versioned-update";

// A topic's edit form: what it reads (the select), and the stored record as its field values.

export const topicEditSelect = {
  ...columns("version", "name", "parentId", "description", "synonyms"),
  parent: { select: { name: true } },
} as const satisfies Prisma.TopicSelect;

export type TopicEditRow = Prisma.TopicGetPayload<{ select: typeof topicEditSelect }>;

export function topicFormValues(t: TopicEditRow): FormValues {
  return { ...textValues(t, "name", "description"), synonyms: t.synonyms.join(", "), parent: t.parent?.name ?? "" };
}

export const topicEdit: EditForm<TopicEditRow> = {
  recordType: "TOPIC",
  select: topicEditSelect,
  toForm: topicFormValues,
};
