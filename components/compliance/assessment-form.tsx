"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { SelectField, TextareaField, TextField, optionsOf } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import { assessmentSchema } from "@/lib/compliance/schema";
import { COMPLIANCE_SCORES, scoreLabel } from "@/lib/compliance/scale";
import { assessmentPhaseLabel, credibilityLabel } from "@/lib/labels";
import type { FormAction } from "@/lib/forms/form-state";

type Option = { value: string; label: string };

const scores = COMPLIANCE_SCORES.map((score) => ({ value: String(score), label: scoreLabel(score) }));

/** One party's compliance with a commitment on one date, and the passage of a source that shows it. */
export function AssessmentForm({
  action,
  outcomeId,
  parties,
  sources,
}: {
  action: FormAction;
  outcomeId: number;
  parties: Option[];
  sources: Option[];
}) {
  const form = useForm(action, {
    schema: assessmentSchema,
    initial: { phase: "INTERIM", credibility: "2", sourceId: sources[0]?.value ?? "" },
  });
  const { field } = form;
  return (
    <Form form={form} aria-label="Assess compliance" hidden={{ outcomeId: String(outcomeId) }}>
      <div className="field-row">
        <SelectField {...field("countryId")} required options={parties} placeholder="Choose a party" />
        <SelectField {...field("score")} required options={scores} placeholder="Choose a score" />
        <SelectField {...field("phase")} required options={optionsOf(assessmentPhaseLabel)} />
        <TextField {...field("assessedDate")} required />
      </div>
      <SelectField {...field("sourceId")} required options={sources} placeholder="Choose the source of the evidence" />
      <TextareaField {...field("quote")} required rows={3} />
      <div className="field-row">
        <SelectField {...field("credibility")} required options={optionsOf(credibilityLabel)} />
        <TextField {...field("note")} />
      </div>
      <SubmitButton>Record the assessment</SubmitButton>
    </Form>
  );
}
