import type { FormValues } from "@/lib/forms/form-state";

export function organisationFormValues(o: {
  name: string; acronym: string | null; kind: string; country: { code: string } | null; parent: { name: string } | null; description: string | null;
}): FormValues {
  return { name: o.name, acronym: o.acronym ?? "", kind: o.kind, country: o.country?.code ?? "", parent: o.parent?.name ?? "", description: o.description ?? "" };
}
