"use client";
import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField, valueOf } from "@/components/ui/field";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { sourceSchema } from "@/lib/sources/schema";
import { reliabilityLabel, sourceKindLabel } from "@/lib/labels";
import type { FormState } from "@/lib/forms/form-state";

export function SourceForm({ action, returnTo }: { action: (state: FormState, data: FormData) => Promise<FormState>; returnTo?: string }) {
  const { state, formAction, onSubmit } = useFormAction(action, sourceSchema);
  const v = (name: string) => valueOf(state.values, { reliability: "F" }, name);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form">
      <FormMessage state={state} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <TextField name="title" label="Title" required defaultValue={v("title")} errors={errors} />
      <div className="field-row">
        <TextField name="publisher" label="Publisher" defaultValue={v("publisher")} errors={errors} />
        <TextField name="publishedDate" label="Published" hint="2024, 2024-02 or 2024-02-28" defaultValue={v("publishedDate")} errors={errors} />
      </div>
      <TextField name="url" label="Web address" type="url" defaultValue={v("url")} errors={errors} />
      <div className="field-row">
        <SelectField name="kind" label="Kind" required options={Object.entries(sourceKindLabel).map(([value, label]) => ({ value, label }))} placeholder="Choose" defaultValue={v("kind")} errors={errors} />
        <SelectField name="reliability" label="Reliability (Admiralty scale)" required options={Object.entries(reliabilityLabel).map(([value, label]) => ({ value, label }))} defaultValue={v("reliability")} errors={errors} />
      </div>
      <TextField name="body" label="Text" multiline hint="Paste the text to quote from it: quotes are then checked against it." defaultValue={v("body")} errors={errors} />
      <div className="actions"><SubmitButton>Add source</SubmitButton><Link href={returnTo ?? "/"}>Cancel</Link></div>
    </form>
  );
}
