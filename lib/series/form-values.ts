import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import type { EditForm } from "@/lib/records/versioned-update";
import { vagueDateText } from "@/lib/forms/vague-date";

// A series' edit form: what it reads (the select), and the stored record as its field values.

export const seriesEditSelect = {
  version: true,
  name: true,
  shortName: true,
  description: true,
  establishedDate: true,
  establishedPrecision: true,
  parentId: true,
  parties: { select: { countryId: true, country: { select: { name: true } } } },
} as const satisfies Prisma.DialogueSeriesSelect;

export type SeriesEditRow = Prisma.DialogueSeriesGetPayload<{ select: typeof seriesEditSelect }>;

export function seriesFormValues(s: SeriesEditRow): FormValues {
  return {
    name: s.name,
    shortName: s.shortName ?? "",
    description: s.description ?? "",
    establishedDate: vagueDateText(s.establishedDate, s.establishedPrecision),
    parties: s.parties.map((p) => p.country.name).join(", "),
  };
}

export const seriesEdit: EditForm<SeriesEditRow> = {
  recordType: "DIALOGUE_SERIES",
  select: seriesEditSelect,
  toForm: seriesFormValues,
};
