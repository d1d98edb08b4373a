import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import { columns, textValues } from "@/lib/forms/form-values";
import type { EditForm } from "@/lib/records/versioned-update";

// A person's edit form: what it reads (the select), and the stored record as its field values.

export const personEditSelect = {
  ...columns("version", "name", "honorific", "aliases", "countryId", "notes"),
  country: { select: { code: true } },
} as const satisfies Prisma.PersonSelect;

export type PersonEditRow = Prisma.PersonGetPayload<{ select: typeof personEditSelect }>;

export function personFormValues(p: PersonEditRow): FormValues {
  return {
    ...textValues(p, "name", "honorific", "notes"),
    aliases: p.aliases.join(", "),
    country: p.country?.code ?? "",
  };
}

export const personEdit: EditForm<PersonEditRow> = {
  recordType: "PERSON",
  select: personEditSelect,
  toForm: personFormValues,
};
