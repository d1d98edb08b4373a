import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import { columns, textValues, ticked } from "@/lib/forms/form-values";
import type { EditForm } from "@/lib/records/versioned-update";

// A participation's edit form: what it reads (the select), and the stored record as its field values.

export const participationEditSelect = {
  ...columns("version", "dialogueId", "role", "statedTitle", "isActing", "note", "personId"),
  ...columns("organisationId", "countryId"),
  person: { select: { name: true, honorific: true } },
  organisation: { select: { name: true } },
  country: { select: { name: true } },
} as const satisfies Prisma.ParticipationSelect;

export type ParticipationEditRow = Prisma.ParticipationGetPayload<{ select: typeof participationEditSelect }>;

export function participationFormValues(p: ParticipationEditRow): FormValues {
  return {
    ...textValues(p, "role", "statedTitle", "note"),
    person: p.person?.name ?? "",
    honorific: p.person?.honorific ?? "",
    organisation: p.organisation?.name ?? "",
    side: p.country?.name ?? "",
    isActing: ticked(p.isActing),
  };
}

export const participationEdit: EditForm<ParticipationEditRow> = {
  recordType: "PARTICIPATION",
  select: participationEditSelect,
  toForm: participationFormValues,
};
