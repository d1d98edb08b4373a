import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import { columns, textValues } from "@/lib/forms/form-values";
import type { EditForm } from "@/lib/records/versioned-update";

// An organisation's edit form: what it reads (the select), and the stored record as its field values.

export const organisationEditSelect = {
  ...columns("version", "name", "acronym", "kind", "countryId", "parentId", "description"),
  country: { select: { code: true } },
  parent: { select: { name: true } },
} as const satisfies Prisma.OrganisationSelect;

export type OrganisationEditRow = Prisma.OrganisationGetPayload<{ select: typeof organisationEditSelect }>;

export function organisationFormValues(o: OrganisationEditRow): FormValues {
  return {
    ...textValues(o, "name", "acronym", "kind", "description"),
    country: o.country?.code ?? "",
    parent: o.parent?.name ?? "",
  };
}

export const organisationEdit: EditForm<OrganisationEditRow> = {
  recordType: "ORGANISATION",
  select: organisationEditSelect,
  toForm: organisationFormValues,
};
