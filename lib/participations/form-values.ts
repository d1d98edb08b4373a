import type { FormValues } from "@/lib/forms/form-state";

export function participationFormValues(p: {
  role: string; statedTitle: string | null; isActing: boolean; note: string | null;
  person: { name: string } | null; organisation: { name: string } | null; country: { name: string } | null;
}): FormValues {
  return {
    person: p.person?.name ?? "", organisation: p.organisation?.name ?? "", side: p.country?.name ?? "", role: p.role,
    statedTitle: p.statedTitle ?? "", isActing: p.isActing ? "on" : "", note: p.note ?? "",
  };
}

export const participationEditSelect = {
  version: true, dialogueId: true, role: true, statedTitle: true, isActing: true, note: true, personId: true, organisationId: true, countryId: true,
  person: { select: { name: true } }, organisation: { select: { name: true } }, country: { select: { name: true } },
} as const;
