"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField, valueOf } from "@/components/ui/field";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { citationSchema } from "@/lib/sources/schema";
import { credibilityLabel } from "@/lib/labels";
import type { FormState } from "@/lib/forms/form-state";

type Option = { value: string; label: string };

export function CitationForm({ action, sources, records }: { action: (state: FormState, data: FormData) => Promise<FormState>; sources: Option[]; records: Option[] }) {
  const { state, formAction, onSubmit, formKey } = useFormAction(action, citationSchema);
  const values = state.status === "success" ? undefined : state.values;
  const v = (name: string) => valueOf(values, { credibility: "2", sourceId: sources[0]?.value ?? "" }, name);
  const errors = state.fieldErrors;
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="record-form" aria-label="Cite a source">
      <FormMessage state={state} />
      <SelectField name="sourceId" label="Source" required options={sources} placeholder="Choose a source" defaultValue={v("sourceId")} errors={errors} />
      <SelectField name="record" label="Backs" required options={records} placeholder="Choose what the passage backs" defaultValue={v("record")} errors={errors} />
      <TextField name="quote" label="Quoted passage" multiline required defaultValue={v("quote")} errors={errors} />
      <div className="field-row">
        <SelectField name="credibility" label="Credibility of the information" required options={Object.entries(credibilityLabel).map(([value, label]) => ({ value, label }))} defaultValue={v("credibility")} errors={errors} />
        <TextField name="note" label="Note" defaultValue={v("note")} errors={errors} />
      </div>
      <SubmitButton>Cite</SubmitButton>
    </form>
  );
}
