"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import { saveViewSchema } from "@/lib/watches/schema";
import type { FormAction } from "@/lib/forms/form-state";

// The small forms of watching and saving: each one button (saving a view: a name and a button),
// each a real form that works without JavaScript and says what it did next to itself.

type OneButton = {
  action: FormAction;
  hidden: Record<string, string | number | undefined>;
  submit: string;
  /** names the form (and so its button's purpose) for a screen reader */
  label: string;
};

/** One button posting a few hidden fields: watch, stop, mute, mark read, remove. */
export function OneButtonForm({ action, hidden, submit, label }: OneButton) {
  const form = useForm(action);
  return (
    <Form form={form} hidden={hidden} layout="inline" aria-label={label}>
      <SubmitButton>{submit}</SubmitButton>
    </Form>
  );
}

/** Saves the page's filters under a name. */
export function SaveViewForm({ action, page, query }: { action: FormAction; page: string; query: string }) {
  const form = useForm(action, { schema: saveViewSchema });
  return (
    <Form form={form} hidden={{ page, query }} className="save-view" aria-label="Save this view">
      <TextField {...form.field("name")} label="Save these filters as" hint="Listed in your inbox, with what is new." />
      <SubmitButton>Save view</SubmitButton>
    </Form>
  );
}
