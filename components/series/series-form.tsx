"use client";
import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import { TextField, valueOf } from "@/components/ui/field";
import { SuggestInput } from "@/components/ui/suggest-input";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { seriesSchema, updateSeriesSchema } from "@/lib/series/schema";
import { VersionFields } from "@/components/records/version-fields";
import type { FormState, FormValues } from "@/lib/forms/form-state";

const LABELS = { name: "Name", shortName: "Short name", parties: "Parties", establishedDate: "Established", description: "Description" };

/** Creates a series; with `record`, edits one. */
export function SeriesForm({ action, record, initial = {} }: { action: (state: FormState, data: FormData) => Promise<FormState>; record?: { id: number; version: number }; initial?: FormValues }) {
  const { state, formAction, onSubmit } = useFormAction(action, record ? updateSeriesSchema : seriesSchema);
  const v = (name: string) => valueOf(state.values, initial, name);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form">
      <FormMessage state={state} />
      {record ? <VersionFields state={state} record={record} labels={LABELS} /> : null}
      <TextField name="name" label="Name" required defaultValue={v("name")} errors={errors} hint="For example: India-US Homeland Security Dialogue" />
      <TextField name="shortName" label="Short name" defaultValue={v("shortName")} errors={errors} />
      <SuggestInput name="parties" label="Parties" kind="country" multiple required defaultValue={v("parties")} error={errors?.parties} hint="Countries, separated by commas." />
      <TextField name="establishedDate" label="Established" defaultValue={v("establishedDate")} errors={errors} hint="2011, 2011-05 or 2011-05-27" />
      <TextField name="description" label="Description" multiline defaultValue={v("description")} errors={errors} />
      <div className="actions"><SubmitButton>{record ? "Save changes" : "Create series"}</SubmitButton><Link href={record ? `/series/${record.id}` : "/dialogues"}>Cancel</Link></div>
    </form>
  );
}
