import type { Prisma } from "@/generated/prisma/client";
import type { FormValues } from "@/lib/forms/form-state";
import type { EditForm } from "@/lib/records/versioned-update";

// An agreement's edit form: what it reads (the select), and the stored record as its field values.

export const agreementEditSelect = {
  version: true,
  title: true,
  kind: true,
  legallyBinding: true,
  summary: true,
  documentUrl: true,
  parties: { select: { countryId: true, country: { select: { name: true } } } },
  signatories: { select: { organisationId: true, organisation: { select: { name: true } } } },
  topics: { select: { topicId: true, topic: { select: { name: true } } } },
} as const satisfies Prisma.AgreementSelect;

export type AgreementEditRow = Prisma.AgreementGetPayload<{ select: typeof agreementEditSelect }>;

export function agreementFormValues(a: AgreementEditRow): FormValues {
  return {
    title: a.title,
    kind: a.kind,
    legallyBinding: a.legallyBinding ? "on" : "",
    summary: a.summary ?? "",
    documentUrl: a.documentUrl ?? "",
    parties: a.parties.map((p) => p.country.name).join(", "),
    signatories: a.signatories.flatMap((s) => (s.organisation ? [s.organisation.name] : [])).join(", "),
    topics: a.topics.map((t) => t.topic.name).join(", "),
  };
}

export const agreementEdit: EditForm<AgreementEditRow> = {
  recordType: "AGREEMENT",
  select: agreementEditSelect,
  toForm: agreementFormValues,
};
