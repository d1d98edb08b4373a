"use client";
import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField } from "@/components/ui/field";
import { SuggestInput } from "@/components/ui/suggest-input";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { linkSchema } from "@/lib/links/schema";
import { linkRelationLabel } from "@/lib/labels";
import type { FormState } from "@/lib/forms/form-state";

const TARGETS = [
  { value: "DIALOGUE", label: "Dialogue", kind: "dialogue" },
  { value: "AGREEMENT", label: "Agreement", kind: "agreement" },
  { value: "PERSON", label: "Person", kind: "person" },
  { value: "ORGANISATION", label: "Organisation", kind: "organisation" },
  { value: "TOPIC", label: "Topic", kind: "topic" },
  { value: "SOURCE", label: "Source", kind: "source" },
] as const;

/** Links this record to any other: a relation, the kind of record, and the record by its title. */
export function LinkForm({ action, fromType, fromId }: { action: (state: FormState, data: FormData) => Promise<FormState>; fromType: string; fromId: number }) {
  const { state, formAction, onSubmit, formKey } = useFormAction(action, linkSchema);
  const [target, setTarget] = useState<string>("AGREEMENT");
  const kind = TARGETS.find((t) => t.value === target)?.kind ?? "agreement";
  const errors = state.fieldErrors;
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="record-form" aria-label="Add a link">
      <FormMessage state={state} />
      <input type="hidden" name="fromType" value={fromType} />
      <input type="hidden" name="fromId" value={fromId} />
      <div className="field-row">
        <SelectField name="relation" label="This record…" required options={Object.entries(linkRelationLabel).map(([value, l]) => ({ value, label: l.outgoing }))} placeholder="Choose" errors={errors} />
        <div className="field">
          <label htmlFor="toType">Kind of record</label>
          <select id="toType" name="toType" value={target} onChange={(e) => setTarget(e.target.value)}>
            {TARGETS.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
          </select>
        </div>
      </div>
      <SuggestInput key={kind} name="toTitle" label="Record" kind={kind} required error={errors?.toTitle} hint="Start typing its title or name, then pick it." />
      <TextField name="note" label="Note" errors={errors} />
      <SubmitButton>Add link</SubmitButton>
    </form>
  );
}
