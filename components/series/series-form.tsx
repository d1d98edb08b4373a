"use client";
import { useForm } from "@/components/ui/use-form";
import { Form, FormActions } from "@/components/ui/form";
import { TextareaField, TextField } from "@/components/ui/fields";
import { SuggestField } from "@/components/ui/suggest-field";
import { seriesSchema, updateSeriesSchema } from "@/lib/series/schema";
import type { FormAction, FormValues } from "@/lib/forms/form-state";

/** Creates a series; with `record`, edits one. */
export function SeriesForm({
  action,
  record,
  initial = {},
}: {
  action: FormAction;
  record?: { id: number; version: number };
  initial?: FormValues;
}) {
  const form = useForm(action, { schema: record ? updateSeriesSchema : seriesSchema, initial });
  const { field } = form;
  return (
    <Form form={form} record={record}>
      <TextField {...field("name")} required hint="For example: India-US Homeland Security Dialogue" />
      <TextField {...field("shortName")} />
      <SuggestField {...field("parties")} kind="country" multiple required hint="Countries, separated by commas." />
      <TextField {...field("establishedDate")} hint="2011, 2011-05 or 2011-05-27" />
      <TextareaField {...field("description")} />
      <FormActions
        submit={record ? "Save changes" : "Create series"}
        cancelHref={record ? `/series/${record.id}` : "/dialogues"}
      />
    </Form>
  );
}
