"use client";
import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField, valueOf } from "@/components/ui/field";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { VersionFields } from "@/components/records/version-fields";
import { personSchema } from "@/lib/people/schema";
import type { FormState, FormValues } from "@/lib/forms/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
const LABELS = { name: "Name", aliases: "Also known as", country: "Country", notes: "Notes" };

export function PersonForm({ action, initial, record, countries }: { action: Action; initial: FormValues; record: { id: number; version: number }; countries: { value: string; label: string }[] }) {
  const { state, formAction, onSubmit } = useFormAction(action, personSchema);
  const v = (name: string) => valueOf(state.values, initial, name);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form">
      <FormMessage state={state} />
      <VersionFields state={state} record={record} labels={LABELS} />
      <TextField name="name" label={LABELS.name} required defaultValue={v("name")} errors={errors} />
      <TextField name="aliases" label={LABELS.aliases} hint="Other spellings and names, separated by commas." defaultValue={v("aliases")} errors={errors} />
      <SelectField name="country" label={LABELS.country} options={countries} placeholder="Not known" defaultValue={v("country")} errors={errors} key={`c-${v("country")}`} />
      <TextField name="notes" label={LABELS.notes} multiline defaultValue={v("notes")} errors={errors} />
      <div className="actions"><SubmitButton>Save changes</SubmitButton><Link href={`/people/${record.id}`}>Cancel</Link></div>
    </form>
  );
}

export function PositionForm({ action, personId }: { action: Action; personId: number }) {
  const { state, formAction, onSubmit, formKey } = useFormAction(action);
  const errors = state.fieldErrors;
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="record-form" aria-label="Add a position">
      <FormMessage state={state} />
      <input type="hidden" name="personId" value={personId} />
      <TextField name="title" label="Title" required errors={errors} defaultValue={state.values?.title as string | undefined} />
      <TextField name="organisation" label="Organisation" errors={errors} defaultValue={state.values?.organisation as string | undefined} />
      <div className="field-row">
        <TextField name="startDate" label="From" hint="2019, 2019-08 or 2019-08-31" errors={errors} defaultValue={state.values?.startDate as string | undefined} />
        <TextField name="endDate" label="To" errors={errors} defaultValue={state.values?.endDate as string | undefined} />
      </div>
      <div className="field checkbox"><input id="position-acting" name="acting" type="checkbox" /><label htmlFor="position-acting">Acting</label></div>
      <SubmitButton>Add position</SubmitButton>
    </form>
  );
}
