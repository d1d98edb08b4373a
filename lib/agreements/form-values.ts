import type { FormValues } from "@/lib/forms/form-state";

export function agreementFormValues(a: {
  title: string; kind: string; legallyBinding: boolean; summary: string | null; documentUrl: string | null;
  parties: { country: { name: string } }[]; signatories: { organisation: { name: string } | null }[]; topics: { topic: { name: string } }[];
}): FormValues {
  return {
    title: a.title, kind: a.kind, legallyBinding: a.legallyBinding ? "on" : "", summary: a.summary ?? "", documentUrl: a.documentUrl ?? "",
    parties: a.parties.map((p) => p.country.name).join(", "),
    signatories: a.signatories.flatMap((s) => (s.organisation ? [s.organisation.name] : [])).join(", "),
    topics: a.topics.map((t) => t.topic.name).join(", "),
  };
}

export const agreementEditSelect = {
  version: true, title: true, kind: true, legallyBinding: true, summary: true, documentUrl: true,
  parties: { select: { countryId: true, country: { select: { name: true } } } },
  signatories: { select: { organisationId: true, organisation: { select: { name: true } } } },
  topics: { select: { topicId: true, topic: { select: { name: true } } } },
} as const;
