import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import type { EditForm } from "@/lib/records/versioned-update";
import { vagueDateText } from "@/lib/forms/vague-date";

// The edit forms of a source and a citation: what they read (the selects), and the stored record as their field values.

export const sourceEditSelect = {
  version: true,
  title: true,
  publisher: true,
  url: true,
  publishedDate: true,
  publishedPrecision: true,
  kind: true,
  reliability: true,
  body: true,
} as const satisfies Prisma.SourceSelect;
export const citationEditSelect = {
  version: true,
  quote: true,
  credibility: true,
  note: true,
  sourceId: true,
  recordType: true,
  recordId: true,
} as const satisfies Prisma.CitationSelect;

export type SourceEditRow = Prisma.SourceGetPayload<{ select: typeof sourceEditSelect }>;
export type CitationEditRow = Prisma.CitationGetPayload<{ select: typeof citationEditSelect }>;

export function sourceFormValues(s: SourceEditRow): FormValues {
  return {
    title: s.title,
    publisher: s.publisher ?? "",
    url: s.url ?? "",
    publishedDate: vagueDateText(s.publishedDate, s.publishedPrecision),
    kind: s.kind,
    reliability: s.reliability,
    body: s.body ?? "",
  };
}

export function citationFormValues(c: CitationEditRow): FormValues {
  return { quote: c.quote ?? "", credibility: String(c.credibility), note: c.note ?? "" };
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
