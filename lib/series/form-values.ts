import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import { columns, nameList, textValues } from "@/lib/forms/form-values";
import type { EditForm } from "@/lib/records/versioned-update";
import { vagueDateText } from "@/lib/forms/vague-date";

// A series' edit form: what it reads (the select), and the stored record as its field values.

export const seriesEditSelect = {
  ...columns("version", "name", "shortName", "description", "establishedDate", "establishedPrecision", "parentId"),
  parties: { select: { countryId: true, country: { select: { name: true } } } },
} as const satisfies Prisma.DialogueSeriesSelect;

export type SeriesEditRow = Prisma.DialogueSeriesGetPayload<{ select: typeof seriesEditSelect }>;

export function seriesFormValues(s: SeriesEditRow): FormValues {
  return {
    ...textValues(s, "name", "shortName", "description"),
    establishedDate: vagueDateText(s.establishedDate, s.establishedPrecision),
    parties: nameList(s.parties, (p) => p.country.name),
  };
}

export const seriesEdit: EditForm<SeriesEditRow> = {
  recordType: "DIALOGUE_SERIES",
  select: seriesEditSelect,
  toForm: seriesFormValues,
};
