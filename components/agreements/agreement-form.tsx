"use client";
import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField, valueOf } from "@/components/ui/field";
import { SuggestInput } from "@/components/ui/suggest-input";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { agreementSchema, updateAgreementSchema } from "@/lib/agreements/schema";
import { VersionFields } from "@/components/records/version-fields";
import { agreementKindLabel, agreementStatusLabel } from "@/lib/labels";
import type { FormState, FormValues } from "@/lib/forms/form-state";

const LABELS = { title: "Title", kind: "Kind", parties: "Parties", signatories: "Signatory organisations", topics: "Topics", summary: "Summary", documentUrl: "Text of the agreement" };

/** Creates an agreement with its first status; with `record`, edits one (status has its own form). */
export function AgreementForm({ action, initial, cancelHref, record }: {
  action: (state: FormState, data: FormData) => Promise<FormState>; initial: FormValues; cancelHref: string; record?: { id: number; version: number };
}) {
  const { state, formAction, onSubmit } = useFormAction(action, record ? updateAgreementSchema : agreementSchema);
  const v = (name: string) => valueOf(state.values, initial, name);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form">
      <FormMessage state={state} />
      {record ? <VersionFields state={state} record={record} labels={LABELS} /> : <input type="hidden" name="dialogueId" value={v("dialogueId")} />}
      <TextField name="title" label="Title" required defaultValue={v("title")} errors={errors} />
      <div className="field-row">
        <SelectField name="kind" label="Kind" required options={Object.entries(agreementKindLabel).map(([value, label]) => ({ value, label }))} placeholder="Choose" defaultValue={v("kind")} errors={errors} />
        {record ? null : <>
          <SelectField name="status" label="Status" required options={Object.entries(agreementStatusLabel).map(([value, label]) => ({ value, label }))} placeholder="Choose" defaultValue={v("status")} errors={errors} />
          <TextField name="statusDate" label="Since" required hint="When it reached this status: 2024, 2024-02 or 2024-02-28" defaultValue={v("statusDate")} errors={errors} />
        </>}
      </div>
      <div className="field checkbox">
        <input id="legallyBinding" name="legallyBinding" type="checkbox" defaultChecked={v("legallyBinding") === "on"} />
        <label htmlFor="legallyBinding">Legally binding (leave unticked for a political instrument such as most MoUs)</label>
      </div>
      <SuggestInput name="parties" label="Parties" kind="country" multiple required defaultValue={v("parties")} error={errors?.parties} hint="Countries, separated by commas." />
      <SuggestInput name="signatories" label="Signatory organisations" kind="organisation" multiple createNoun="organisation" defaultValue={v("signatories")} error={errors?.signatories} hint="Names or acronyms, separated by commas." />
      <SuggestInput name="topics" label="Topics" kind="topic" multiple createNoun="topic" defaultValue={v("topics")} error={errors?.topics} />
      <TextField name="summary" label="Summary" multiline defaultValue={v("summary")} errors={errors} />
      <TextField name="documentUrl" label="Text of the agreement (web address)" type="url" defaultValue={v("documentUrl")} errors={errors} />
      <div className="actions"><SubmitButton>{record ? "Save changes" : "Create agreement"}</SubmitButton><Link href={cancelHref}>Cancel</Link></div>
    </form>
  );
}
