"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { SelectField, TextareaField, TextField, optionsOf } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import { citationSchema } from "@/lib/sources/schema";
import { credibilityLabel } from "@/lib/labels";
import type { FormAction } from "@/lib/forms/form-state";

type Option = { value: string; label: string };

export function CitationForm({
  action,
  sources,
  records,
}: {
  action: FormAction;
  sources: Option[];
  records: Option[];
}) {
  const form = useForm(action, {
    schema: citationSchema,
    initial: { credibility: "2", sourceId: sources[0]?.value ?? "" },
  });
  const { field } = form;
  return (
    <Form
      form={form}
      aria-label="Cite a source"
      hidden={{ start: form.value("start") || undefined, end: form.value("end") || undefined }}
    >
      <SelectField {...field("sourceId")} required options={sources} placeholder="Choose a source" />
      <SelectField {...field("record")} required options={records} placeholder="Choose what the passage backs" />
      <TextareaField {...field("quote")} required />
      <div className="field-row">
        <SelectField {...field("credibility")} required options={optionsOf(credibilityLabel)} />
        <TextField {...field("note")} />
      </div>
      <SubmitButton>Cite</SubmitButton>
    </Form>
  );
}
