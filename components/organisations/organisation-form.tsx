"use client";
import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField, valueOf } from "@/components/ui/field";
import { SuggestInput } from "@/components/ui/suggest-input";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { VersionFields } from "@/components/records/version-fields";
import { organisationSchema } from "@/lib/organisations/schema";
import { organisationKindLabel } from "@/lib/labels";
import type { FormState, FormValues } from "@/lib/forms/form-state";

const LABELS = { name: "Name", acronym: "Acronym", kind: "Kind", country: "Country", parent: "Part of", description: "Description" };

export function OrganisationForm({ action, initial, record, countries }: {
  action: (state: FormState, data: FormData) => Promise<FormState>; initial: FormValues; record: { id: number; version: number }; countries: { value: string; label: string }[];
}) {
  const { state, formAction, onSubmit } = useFormAction(action, organisationSchema);
  const v = (name: string) => valueOf(state.values, initial, name);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form">
      <FormMessage state={state} />
      <VersionFields state={state} record={record} labels={LABELS} />
      <TextField name="name" label={LABELS.name} required defaultValue={v("name")} errors={errors} />
      <div className="field-row">
        <TextField name="acronym" label={LABELS.acronym} defaultValue={v("acronym")} errors={errors} />
        <SelectField name="kind" label={LABELS.kind} required options={Object.entries(organisationKindLabel).map(([value, label]) => ({ value, label }))} defaultValue={v("kind")} errors={errors} key={`k-${v("kind")}`} />
        <SelectField name="country" label={LABELS.country} options={countries} placeholder="None" defaultValue={v("country")} errors={errors} key={`c-${v("country")}`} />
      </div>
      <SuggestInput name="parent" label={LABELS.parent} kind="organisation" createNoun="organisation" defaultValue={v("parent")} error={errors?.parent} hint="The ministry or body it belongs to, if any." />
      <TextField name="description" label={LABELS.description} multiline defaultValue={v("description")} errors={errors} />
      <div className="actions"><SubmitButton>Save changes</SubmitButton><Link href={`/organisations/${record.id}`}>Cancel</Link></div>
    </form>
  );
}
