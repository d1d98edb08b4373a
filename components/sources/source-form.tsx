"use client";
import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField, valueOf } from "@/components/ui/field";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { sourceSchema, updateSourceSchema } from "@/lib/sources/schema";
import { VersionFields } from "@/components/records/version-fields";
import { reliabilityLabel, sourceKindLabel } from "@/lib/labels";
import type { FormState, FormValues } from "@/lib/forms/form-state";

const LABELS = { title: "Title", publisher: "Publisher", publishedDate: "Published", url: "Web address", kind: "Kind", reliability: "Reliability", body: "Text" };

/** Adds a source; with `record`, edits one. */
export function SourceForm({ action, returnTo, record, initial = { reliability: "F" } }: {
  action: (state: FormState, data: FormData) => Promise<FormState>; returnTo?: string; record?: { id: number; version: number }; initial?: FormValues;
}) {
  const { state, formAction, onSubmit } = useFormAction(action, record ? updateSourceSchema : sourceSchema);
  const v = (name: string) => valueOf(state.values, initial, name);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form">
      <FormMessage state={state} />
      {record ? <VersionFields state={state} record={record} labels={LABELS} /> : null}
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
      <div className="actions"><SubmitButton>{record ? "Save changes" : "Add source"}</SubmitButton><Link href={record ? `/sources/${record.id}` : (returnTo ?? "/")}>Cancel</Link></div>
    </form>
  );
}
