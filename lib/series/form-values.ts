import type { FormValues } from "@/lib/forms/form-state";
import { vagueDateText } from "@/lib/forms/vague-date";
import type { DatePrecision } from "@/lib/domain";

export function seriesFormValues(s: {
  name: string; shortName: string | null; description: string | null; establishedDate: Date | null; establishedPrecision: DatePrecision | null;
  parties: { country: { name: string } }[];
}): FormValues {
  return {
    name: s.name, shortName: s.shortName ?? "", description: s.description ?? "",
    establishedDate: vagueDateText(s.establishedDate, s.establishedPrecision), parties: s.parties.map((p) => p.country.name).join(", "),
  };
}

export const seriesEditSelect = {
  version: true, name: true, shortName: true, description: true, establishedDate: true, establishedPrecision: true, parentId: true,
  parties: { select: { countryId: true, country: { select: { name: true } } } },
} as const;
