import type { FormValues } from "@/lib/forms/form-state";

export function topicFormValues(t: { name: string; description: string | null; synonyms: string[]; parent: { name: string } | null }): FormValues {
  return { name: t.name, description: t.description ?? "", synonyms: t.synonyms.join(", "), parent: t.parent?.name ?? "" };
}
