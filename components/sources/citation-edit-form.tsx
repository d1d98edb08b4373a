"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField, valueOf } from "@/components/ui/field";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { VersionFields } from "@/components/records/version-fields";
import { updateCitationSchema } from "@/lib/sources/schema";
import { credibilityLabel } from "@/lib/labels";
import type { FormState, FormValues } from "@/lib/forms/form-state";

const LABELS = { quote: "Quoted passage", credibility: "Credibility", note: "Note" };

export function CitationEditForm({ action, record, initial }: { action: (state: FormState, data: FormData) => Promise<FormState>; record: { id: number; version: number }; initial: FormValues }) {
  const { state, formAction, onSubmit } = useFormAction(action, updateCitationSchema);
  const v = (name: string) => valueOf(state.values, initial, name);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form">
      <FormMessage state={state} />
      <VersionFields state={state} record={record} labels={LABELS} />
      <TextField name="quote" label={LABELS.quote} multiline required defaultValue={v("quote")} errors={state.fieldErrors} />
      <SelectField name="credibility" label="Credibility of the information" required options={Object.entries(credibilityLabel).map(([value, label]) => ({ value, label }))} defaultValue={v("credibility")} errors={state.fieldErrors} />
      <TextField name="note" label={LABELS.note} defaultValue={v("note")} errors={state.fieldErrors} />
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}
