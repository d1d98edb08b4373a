import type { FormValues } from "@/lib/forms/form-state";
import { vagueDateText } from "@/lib/forms/vague-date";
import type { DatePrecision, DialogueLevel, DialogueStatus } from "@/lib/domain";

export type DialogueFormRecord = {
  seriesId: number; title: string; roundNumber: number | null; level: DialogueLevel; status: DialogueStatus;
  startDate: Date | null; startPrecision: DatePrecision; endDate: Date | null; endPrecision: DatePrecision | null;
  venueCity: string | null; venueCountry: { code: string } | null; summary: string | null; announcedById: number | null;
  topics: { topic: { name: string } }[];
};

/** A stored dialogue as the form's field values (for editing, and for showing a conflict). */
export function dialogueFormValues(d: DialogueFormRecord): FormValues {
  return {
    seriesId: String(d.seriesId), title: d.title, roundNumber: d.roundNumber ? String(d.roundNumber) : "", level: d.level, status: d.status,
    startDate: vagueDateText(d.startDate, d.startPrecision), endDate: vagueDateText(d.endDate, d.endPrecision),
    venueCity: d.venueCity ?? "", venueCountry: d.venueCountry?.code ?? "", summary: d.summary ?? "",
    announcedById: d.announcedById ? String(d.announcedById) : "",
    topics: d.topics.map((t) => t.topic.name).join(", "),
  };
}
