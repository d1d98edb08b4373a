import type { FormValues } from "@/lib/forms/form-state";
import { vagueDateText } from "@/lib/forms/vague-date";
import type { DatePrecision } from "@/lib/domain";

export function sourceFormValues(s: {
  title: string; publisher: string | null; url: string | null; publishedDate: Date | null; publishedPrecision: DatePrecision | null;
  kind: string; reliability: string; body: string | null;
}): FormValues {
  return {
    title: s.title, publisher: s.publisher ?? "", url: s.url ?? "", publishedDate: vagueDateText(s.publishedDate, s.publishedPrecision),
    kind: s.kind, reliability: s.reliability, body: s.body ?? "",
  };
}

export function citationFormValues(c: { quote: string | null; credibility: number; note: string | null }): FormValues {
  return { quote: c.quote ?? "", credibility: String(c.credibility), note: c.note ?? "" };
}

export const sourceEditSelect = { version: true, title: true, publisher: true, url: true, publishedDate: true, publishedPrecision: true, kind: true, reliability: true, body: true } as const;
export const citationEditSelect = { version: true, quote: true, credibility: true, note: true, sourceId: true, recordType: true, recordId: true } as const;
