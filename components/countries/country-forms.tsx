"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { TextField } from "@/components/ui/field";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { countrySchema } from "@/lib/countries/schema";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

export function NewCountryForm({ action }: { action: Action }) {
  const { state, formAction, onSubmit, formKey } = useFormAction(action, countrySchema);
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="record-form" aria-label="Add a country">
      <FormMessage state={state} />
      <div className="field-row">
        <TextField name="code" label="Code" required maxLength={2} errors={state.fieldErrors} defaultValue={state.values?.code as string | undefined} />
        <TextField name="name" label="Name" required errors={state.fieldErrors} defaultValue={state.values?.name as string | undefined} />
      </div>
      <SubmitButton>Add country</SubmitButton>
    </form>
  );
}

export function RenameCountryForm({ action, country }: { action: Action; country: { id: number; version: number; name: string; code: string } }) {
  const { state, formAction } = useFormAction(action);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="id" value={country.id} />
      <input type="hidden" name="version" value={state.conflict?.currentVersion ?? country.version} />
      <input name="name" defaultValue={country.name} aria-label={`Name of ${country.code}`} required />
      <SubmitButton className="secondary" ariaLabel={`Save the name of ${country.code}`}>Save</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
