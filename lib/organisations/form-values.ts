import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import type { EditForm } from "@/lib/records/versioned-update";

// An organisation's edit form: what it reads (the select), and the stored record as its field values.

export const organisationEditSelect = {
  version: true,
  name: true,
  acronym: true,
  kind: true,
  countryId: true,
  parentId: true,
  description: true,
  country: { select: { code: true } },
  parent: { select: { name: true } },
} as const satisfies Prisma.OrganisationSelect;

export type OrganisationEditRow = Prisma.OrganisationGetPayload<{ select: typeof organisationEditSelect }>;

export function organisationFormValues(o: OrganisationEditRow): FormValues {
  return {
    name: o.name,
    acronym: o.acronym ?? "",
    kind: o.kind,
    country: o.country?.code ?? "",
    parent: o.parent?.name ?? "",
    description: o.description ?? "",
  };
}

export const organisationEdit: EditForm<OrganisationEditRow> = {
  recordType: "ORGANISATION",
  select: organisationEditSelect,
  toForm: organisationFormValues,
};
