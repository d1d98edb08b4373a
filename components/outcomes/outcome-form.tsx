"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField, valueOf } from "@/components/ui/field";
import { SuggestInput } from "@/components/ui/suggest-input";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { outcomeSchema, updateOutcomeSchema } from "@/lib/outcomes/schema";
import { VersionFields } from "@/components/records/version-fields";
import { followUpStatusLabel, outcomeKindLabel } from "@/lib/labels";
import type { FormState, FormValues } from "@/lib/forms/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
type Choice = { id: number; label: string };

function Checkboxes({ name, legend, choices, checked }: { name: string; legend: string; choices: Choice[]; checked: string[] }) {
  if (choices.length === 0) return null;
  return (
    <fieldset className="checkboxes">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <div key={c.id} className="field checkbox">
          <input id={`${name}-${c.id}`} type="checkbox" name={`${name}[]`} value={c.id} defaultChecked={checked.includes(String(c.id))} />
          <label htmlFor={`${name}-${c.id}`}>{c.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

const LABELS = { kind: "Kind", text: "Text", topics: "Topics", followUpStatus: "Follow-up", dueDate: "Due" };

/** Adds an outcome to a meeting; with `record`, edits one. */
export function OutcomeForm({ action, dialogueId, agreements, participants, record, initial = { kind: "DISCUSSION" } }: {
  action: Action; dialogueId?: number; agreements: Choice[]; participants: Choice[]; record?: { id: number; version: number }; initial?: FormValues;
}) {
  const { state, formAction, onSubmit, formKey } = useFormAction(action, record ? updateOutcomeSchema : outcomeSchema);
  const values = state.status === "success" ? undefined : state.values;
  const v = (name: string) => valueOf(values, initial, name);
  const list = (name: string) => [values?.[name] ?? initial[name] ?? []].flat();
  const errors = state.fieldErrors;
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="record-form" aria-label={record ? "Edit outcome" : "Add an outcome"}>
      <FormMessage state={state} />
      {record ? <VersionFields state={state} record={record} labels={LABELS} /> : <input type="hidden" name="dialogueId" value={dialogueId} />}
      <SelectField name="kind" label="Kind" required options={Object.entries(outcomeKindLabel).map(([value, label]) => ({ value, label }))} defaultValue={v("kind")} errors={errors} />
      <TextField name="text" label="What was decided, committed or discussed" multiline required defaultValue={v("text")} errors={errors} />
      <SuggestInput name="topics" label="Topics" kind="topic" multiple createNoun="topic" defaultValue={v("topics")} error={errors?.topics} />
      <Checkboxes name="agreementIds" legend="Agreements it concerns" choices={agreements} checked={list("agreementIds")} />
      <Checkboxes name="participationIds" legend="Participants it concerns" choices={participants} checked={list("participationIds")} />
      <div className="field-row">
        <SelectField name="followUpStatus" label="Follow-up" options={Object.entries(followUpStatusLabel).map(([value, label]) => ({ value, label }))} placeholder="None (not a commitment)" defaultValue={v("followUpStatus")} errors={errors} />
        <TextField name="dueDate" label="Due" hint="2025, 2025-06 or 2025-06-30" defaultValue={v("dueDate")} errors={errors} />
      </div>
      <SubmitButton>{record ? "Save changes" : "Add outcome"}</SubmitButton>
    </form>
  );
}
