"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { CheckboxGroup, SelectField, TextareaField, TextField, optionsOf } from "@/components/ui/fields";
import { SuggestField } from "@/components/ui/suggest-field";
import { SubmitButton } from "@/components/ui/form-status";
import { outcomeSchema, updateOutcomeSchema } from "@/lib/outcomes/schema";
import { followUpStatusLabel, outcomeKindLabel, strengthLabel } from "@/lib/labels";
import type { FormAction, FormValues } from "@/lib/forms/form-state";

type Choice = { id: number; label: string };

/** Adds an outcome to a meeting; with `record`, edits one. */
export function OutcomeForm({
  action,
  dialogueId,
  agreements,
  participants,
  record,
  initial = { kind: "DISCUSSION" },
}: {
  action: FormAction;
  dialogueId?: number;
  agreements: Choice[];
  participants: Choice[];
  record?: { id: number; version: number };
  initial?: FormValues;
}) {
  const form = useForm(action, {
    schema: record ? updateOutcomeSchema : outcomeSchema,
    initial,
  });
  const { field, list } = form;
  return (
    <Form form={form} record={record} hidden={{ dialogueId }} aria-label={record ? "Edit outcome" : "Add an outcome"}>
      <SelectField {...field("kind")} required options={optionsOf(outcomeKindLabel)} />
      <TextareaField {...field("text")} required />
      <SuggestField {...field("topics")} kind="topic" multiple createNoun="topic" />
      <CheckboxGroup
        name="agreementIds"
        legend={field("agreementIds").label}
        choices={agreements}
        checked={list("agreementIds")}
      />
      <CheckboxGroup
        name="participationIds"
        legend={field("participationIds").label}
        choices={participants}
        checked={list("participationIds")}
      />
      <div className="field-row">
        <SelectField
          {...field("followUpStatus")}
          options={optionsOf(followUpStatusLabel)}
          placeholder="None (not a commitment)"
        />
        <TextField {...field("dueDate")} hint="2025, 2025-06 or 2025-06-30" />
      </div>
      <SelectField
        {...field("strength")}
        options={optionsOf(strengthLabel)}
        placeholder="Suggest it from the words"
        hint="How strongly it was said; left to suggest, it is read from the verbs (agreed, reaffirmed, by 2025…)"
      />
      <SubmitButton>{record ? "Save changes" : "Add outcome"}</SubmitButton>
    </Form>
  );
}
