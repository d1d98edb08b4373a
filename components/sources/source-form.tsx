"use client";
import { useForm } from "@/components/ui/use-form";
import { Form, FormActions } from "@/components/ui/form";
import { SelectField, TextareaField, TextField, optionsOf } from "@/components/ui/fields";
import { sourceSchema, updateSourceSchema } from "@/lib/sources/schema";
import { reliabilityLabel, sourceKindLabel } from "@/lib/labels";
import type { FormAction, FormValues } from "@/lib/forms/form-state";

/** Adds a source; with `record`, edits one. */
export function SourceForm({
  action,
  returnTo,
  record,
  initial = { reliability: "F" },
}: {
  action: FormAction;
  returnTo?: string;
  record?: { id: number; version: number };
  initial?: FormValues;
}) {
  const form = useForm(action, { schema: record ? updateSourceSchema : sourceSchema, initial });
  const { field } = form;
  return (
    <Form form={form} record={record} hidden={{ returnTo }}>
      <TextField {...field("title")} required />
      <div className="field-row">
        <TextField {...field("publisher")} />
        <TextField {...field("publishedDate")} hint="2024, 2024-02 or 2024-02-28" />
      </div>
      <TextField {...field("url")} type="url" />
      <div className="field-row">
        <SelectField {...field("kind")} required options={optionsOf(sourceKindLabel)} placeholder="Choose" />
        <SelectField {...field("reliability")} required options={optionsOf(reliabilityLabel)} />
      </div>
      <TextareaField {...field("body")} hint="Paste the text to quote from it: quotes are then checked against it." />
      <FormActions
        submit={record ? "Save changes" : "Add source"}
        cancelHref={record ? `/sources/${record.id}` : (returnTo ?? "/")}
      />
    </Form>
  );
}
