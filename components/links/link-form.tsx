"use client";
import { useState } from "react";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { FieldMessages, SelectField, TextField, useFieldIds, Label } from "@/components/ui/fields";
import { SuggestField } from "@/components/ui/suggest-field";
import { SubmitButton } from "@/components/ui/form-status";
import { linkSchema } from "@/lib/links/schema";
import { linkRelationLabel } from "@/lib/labels";
import type { FormAction } from "@/lib/forms/form-state";

const TARGETS = [
  { value: "DIALOGUE", label: "Dialogue", kind: "dialogue" },
  { value: "AGREEMENT", label: "Agreement", kind: "agreement" },
  { value: "PERSON", label: "Person", kind: "person" },
  { value: "ORGANISATION", label: "Organisation", kind: "organisation" },
  { value: "TOPIC", label: "Topic", kind: "topic" },
  { value: "SOURCE", label: "Source", kind: "source" },
] as const;

const relations = Object.entries(linkRelationLabel).map(([value, l]) => ({ value, label: l.outgoing }));

/** Links this record to any other: a relation, the kind of record, and the record by its title. */
export function LinkForm({ action, fromType, fromId }: { action: FormAction; fromType: string; fromId: number }) {
  const form = useForm(action, { schema: linkSchema });
  const { field } = form;
  // The kind of record chooses what the record field suggests, so it is controlled.
  const [target, setTarget] = useState<string>("AGREEMENT");
  const kind = TARGETS.find((t) => t.value === target)?.kind ?? "agreement";
  const toTypeErrors = field("toType").errors;
  const toType = useFieldIds("toType", undefined, toTypeErrors);
  return (
    <Form form={form} hidden={{ fromType, fromId }} aria-label="Add a link">
      <div className="field-row">
        <SelectField {...field("relation")} required options={relations} placeholder="Choose" />
        <div className="field">
          <Label htmlFor={toType.id} label={field("toType").label} />
          <select {...toType.control} name="toType" value={target} onChange={(e) => setTarget(e.target.value)}>
            {TARGETS.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
          <FieldMessages id={toType.id} errors={toTypeErrors} />
        </div>
      </div>
      <SuggestField
        key={kind}
        {...field("toTitle")}
        kind={kind}
        required
        hint="Start typing its title or name, then pick it."
      />
      <TextField {...field("note")} />
      <SubmitButton>Add link</SubmitButton>
    </Form>
  );
}
