import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import { columns, nameList, textValues, ticked } from "@/lib/forms/form-values";
import type { EditForm } from "@/lib/records/versioned-update";
import { vagueDateText } from "@/lib/forms/vague-date";

// An agreement's edit form: what it reads (the select), and the stored record as its field values.

export const agreementEditSelect = {
  ...columns("version", "title", "kind", "legallyBinding", "summary", "documentUrl", "expiryDate", "expiryPrecision"),
  ...columns("termMonths", "autoRenews", "renewalMonths", "noticeDays"),
  parties: { select: { countryId: true, country: { select: { name: true } } } },
  signatories: { select: { organisationId: true, organisation: { select: { name: true } } } },
  topics: { select: { topicId: true, topic: { select: { name: true } } } },
} as const satisfies Prisma.AgreementSelect;

export type AgreementEditRow = Prisma.AgreementGetPayload<{ select: typeof agreementEditSelect }>;

export function agreementFormValues(a: AgreementEditRow): FormValues {
  return {
    ...textValues(a, "title", "kind", "summary", "documentUrl"),
    legallyBinding: ticked(a.legallyBinding),
    expiryDate: vagueDateText(a.expiryDate, a.expiryPrecision),
    termMonths: a.termMonths ? String(a.termMonths) : "",
    autoRenews: ticked(a.autoRenews),
    renewalMonths: a.renewalMonths ? String(a.renewalMonths) : "",
    noticeDays: a.noticeDays ? String(a.noticeDays) : "",
    parties: nameList(a.parties, (p) => p.country.name),
    signatories: nameList(a.signatories, (s) => s.organisation?.name),
    topics: nameList(a.topics, (t) => t.topic.name),
  };
}

export const agreementEdit: EditForm<AgreementEditRow> = {
  recordType: "AGREEMENT",
  select: agreementEditSelect,
  toForm: agreementFormValues,
};
