import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import { columns, textValues } from "@/lib/forms/form-values";
import type { EditForm } from "@/lib/records/versioned-update";
import { vagueDateText } from "@/lib/forms/vague-date";

// The edit forms of a source and a citation: what they read (the selects), and the stored record as their field values.

export const sourceEditSelect = columns(
  ...([
    "version",
    "title",
    "publisher",
    "url",
    "publishedDate",
    "publishedPrecision",
    "kind",
    "reliability",
    "body",
  ] as const),
) satisfies Prisma.SourceSelect;
export const citationEditSelect = columns(
  ...(["version", "quote", "credibility", "note", "sourceId", "recordType", "recordId"] as const),
) satisfies Prisma.CitationSelect;

export type SourceEditRow = Prisma.SourceGetPayload<{ select: typeof sourceEditSelect }>;
export type CitationEditRow = Prisma.CitationGetPayload<{ select: typeof citationEditSelect }>;

export function sourceFormValues(s: SourceEditRow): FormValues {
  return {
    ...textValues(s, "title", "publisher", "url", "kind", "reliability", "body"),
    publishedDate: vagueDateText(s.publishedDate, s.publishedPrecision),
  };
}

export function citationFormValues(c: CitationEditRow): FormValues {
  return textValues(c, "quote", "credibility", "note");
}

export const sourceEdit: EditForm<SourceEditRow> = {
  recordType: "SOURCE",
  select: sourceEditSelect,
  toForm: sourceFormValues,
};
export const citationEdit: EditForm<CitationEditRow> = {
  recordType: "CITATION",
  select: citationEditSelect,
  toForm: citationFormValues,
};
