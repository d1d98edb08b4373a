"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { SelectField, TextareaField, TextField, optionsOf } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import { updateCitationSchema } from "@/lib/sources/schema";
import { credibilityLabel } from "@/lib/labels";
import type { FormAction, FormValues } from "@/lib/forms/form-state";

export function CitationEditForm({
  action,
  record,
  initial,
}: {
  action: FormAction;
  record: { id: number; version: number };
  initial: FormValues;
}) {
  const form = useForm(action, { schema: updateCitationSchema, initial });
  const { field } = form;
  return (
    <Form form={form} record={record}>
      <TextareaField {...field("quote")} required />
      <SelectField {...field("credibility")} required options={optionsOf(credibilityLabel)} />
      <TextField {...field("note")} />
      <SubmitButton>Save changes</SubmitButton>
    </Form>
  );
}
