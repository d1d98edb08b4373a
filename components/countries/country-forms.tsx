"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import { countrySchema } from "@/lib/countries/schema";
import type { FormAction } from "@/lib/forms/form-state";

export function NewCountryForm({ action }: { action: FormAction }) {
  const form = useForm(action, { schema: countrySchema });
  const { field } = form;
  return (
    <Form form={form} aria-label="Add a country">
      <div className="field-row">
        <TextField {...field("code")} required maxLength={2} />
        <TextField {...field("name")} required />
      </div>
      <SubmitButton>Add country</SubmitButton>
    </Form>
  );
}

export function RenameCountryForm({
  action,
  country,
}: {
  action: FormAction;
  country: { id: number; version: number; name: string; code: string };
}) {
  const form = useForm(action);
  return (
    <Form form={form} layout="inline" over={country}>
      <input name="name" defaultValue={country.name} aria-label={`Name of ${country.code}`} required />
      <SubmitButton className="secondary" ariaLabel={`Save the name of ${country.code}`}>
        Save
      </SubmitButton>
    </Form>
  );
}
