import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import type { EditForm } from "@/lib/records/versioned-update";
import { vagueDateText } from "@/lib/forms/vague-date";

// A dialogue's edit form: what it reads (the select), and the stored record as its field values.

export const dialogueEditSelect = {
  id: true,
  version: true,
  seriesId: true,
  title: true,
  roundNumber: true,
  level: true,
  status: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  venueCity: true,
  venueCountryId: true,
  venueCountry: { select: { code: true } },
  summary: true,
  announcedById: true,
  topics: { select: { topicId: true, topic: { select: { name: true } } }, orderBy: { topic: { name: "asc" } } },
} as const satisfies Prisma.DialogueSelect;

export type DialogueEditRow = Prisma.DialogueGetPayload<{ select: typeof dialogueEditSelect }>;

/** A stored dialogue as the form's field values (for editing, and for showing a conflict). */
export function dialogueFormValues(d: DialogueEditRow): FormValues {
  return {
    seriesId: String(d.seriesId),
    title: d.title,
    roundNumber: d.roundNumber ? String(d.roundNumber) : "",
    level: d.level,
    status: d.status,
    startDate: vagueDateText(d.startDate, d.startPrecision),
    endDate: vagueDateText(d.endDate, d.endPrecision),
    venueCity: d.venueCity ?? "",
    venueCountry: d.venueCountry?.code ?? "",
    summary: d.summary ?? "",
    announcedById: d.announcedById ? String(d.announcedById) : "",
    topics: d.topics.map((t) => t.topic.name).join(", "),
  };
}

export const dialogueEdit: EditForm<DialogueEditRow> = {
  recordType: "DIALOGUE",
  select: dialogueEditSelect,
  toForm: dialogueFormValues,
};
