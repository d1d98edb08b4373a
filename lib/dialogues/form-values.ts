import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import { columns, nameList, textValues } from "@/lib/forms/form-values";
import type { EditForm } from "@/lib/records/versioned-update";
import { vagueDateText } from "@/lib/forms/vague-date";

// A dialogue's edit form: what it reads (the select), and the stored record as its field values.

export const dialogueEditSelect = {
  ...columns("id", "version", "seriesId", "title", "roundNumber", "level", "status", "summary", "announcedById"),
  ...columns("startDate", "startPrecision", "endDate", "endPrecision", "venueCity", "venueCountryId"),
  venueCountry: { select: { code: true } },
  topics: { select: { topicId: true, topic: { select: { name: true } } }, orderBy: { topic: { name: "asc" } } },
} as const satisfies Prisma.DialogueSelect;

export type DialogueEditRow = Prisma.DialogueGetPayload<{ select: typeof dialogueEditSelect }>;

/** A stored dialogue as the form's field values (for editing, and for showing a conflict). */
export function dialogueFormValues(d: DialogueEditRow): FormValues {
  return {
    ...textValues(d, "seriesId", "title", "roundNumber", "level", "status", "venueCity", "summary", "announcedById"),
    startDate: vagueDateText(d.startDate, d.startPrecision),
    endDate: vagueDateText(d.endDate, d.endPrecision),
    venueCountry: d.venueCountry?.code ?? "",
    topics: nameList(d.topics, (t) => t.topic.name),
  };
}

export const dialogueEdit: EditForm<DialogueEditRow> = {
  recordType: "DIALOGUE",
  select: dialogueEditSelect,
  toForm: dialogueFormValues,
};
