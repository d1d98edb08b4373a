import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import type { EditForm } from "@/lib/records/versioned-update";

// A participation's edit form: what it reads (the select), and the stored record as its field values.

export const participationEditSelect = {
  version: true,
  dialogueId: true,
  role: true,
  statedTitle: true,
  isActing: true,
  note: true,
  personId: true,
  organisationId: true,
  countryId: true,
  person: { select: { name: true } },
  organisation: { select: { name: true } },
  country: { select: { name: true } },
} as const satisfies Prisma.ParticipationSelect;

export type ParticipationEditRow = Prisma.ParticipationGetPayload<{ select: typeof participationEditSelect }>;

export function participationFormValues(p: ParticipationEditRow): FormValues {
  return {
    person: p.person?.name ?? "",
    organisation: p.organisation?.name ?? "",
    side: p.country?.name ?? "",
    role: p.role,
    statedTitle: p.statedTitle ?? "",
    isActing: p.isActing ? "on" : "",
    note: p.note ?? "",
  };
}

export const participationEdit: EditForm<ParticipationEditRow> = {
  recordType: "PARTICIPATION",
  select: participationEditSelect,
  toForm: participationFormValues,
};
