"use client";
import { useForm } from "@/components/ui/use-form";
import { Form, FormActions } from "@/components/ui/form";
import {
  SelectField,
  TextareaField,
  TextField,
  optionsOf,
  useFieldIds,
  Label,
  FieldMessages,
} from "@/components/ui/fields";
import { startCaptureSchema } from "@/lib/capture/schema";
import { sourceKindLabel } from "@/lib/labels";
import type { FormAction } from "@/lib/forms/form-state";

/** Paste a readout or upload it; capture drafts the record from it. */
export function CaptureStartForm({ action }: { action: FormAction }) {
  const form = useForm(action, { schema: startCaptureSchema });
  const { field } = form;
  const file = useFieldIds(
    "file",
    "A .txt, .html, .pdf (with a text layer) or .docx file, at most 5 MB",
    form.state.fieldErrors?.file,
  );
  return (
    <Form form={form} aria-label="Capture a readout">
      <TextareaField
        {...field("content")}
        rows={14}
        hint="The readout, joint statement or press report: plain text, or the HTML of the web page."
      />
      <div className="field">
        <Label htmlFor={file.id} label="…or upload the file" />
        <input
          type="file"
          name="file"
          accept=".txt,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf"
          {...file.control}
        />
        <FieldMessages
          id={file.id}
          hint="A .txt, .html, .pdf (with a text layer) or .docx file, at most 5 MB"
          errors={form.state.fieldErrors?.file}
        />
      </div>
      <div className="field-row">
        <TextField
          {...field("published")}
          hint="The day it was published, e.g. 29 February 2024: it anchors “on Wednesday”"
        />
        <SelectField {...field("kind")} options={optionsOf(sourceKindLabel)} placeholder="Tell from the text" />
      </div>
      <TextField {...field("url")} type="url" />
      <FormActions submit="Draft the record" pendingText="Reading…" cancelHref="/" />
    </Form>
  );
}
