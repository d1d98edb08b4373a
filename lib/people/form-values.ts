import type { FormValues } from "@/lib/forms/form-state";

export function personFormValues(p: { name: string; aliases: string[]; country: { code: string } | null; notes: string | null }): FormValues {
  return { name: p.name, aliases: p.aliases.join(", "), country: p.country?.code ?? "", notes: p.notes ?? "" };
}
