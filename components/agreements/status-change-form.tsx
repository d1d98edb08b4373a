"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { statusChangeSchema } from "@/lib/agreements/schema";
import { agreementStatusLabel } from "@/lib/labels";
import type { FormState } from "@/lib/forms/form-state";
import type { AgreementStatus } from "@/lib/domain";

/** Records the next step of an agreement's lifecycle; admins may also correct history. */
export function StatusChangeForm({ action, agreement, next, isAdmin }: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  agreement: { id: number; version: number };
  next: AgreementStatus[];
  isAdmin: boolean;
}) {
  const { state, formAction, onSubmit } = useFormAction(action, statusChangeSchema);
  const statuses = (isAdmin ? (Object.keys(agreementStatusLabel) as AgreementStatus[]) : next).map((s) => ({ value: s, label: agreementStatusLabel[s] }));
  const done = state.status === "success";
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form" aria-labelledby="status-change">
      <h3 id="status-change">Record a status change</h3>
      <FormMessage state={state} />
      <input type="hidden" name="agreementId" value={agreement.id} />
      <input type="hidden" name="version" value={state.conflict?.currentVersion ?? agreement.version} />
      <div className="field-row">
        <SelectField name="status" label="New status" required options={statuses} placeholder="Choose" errors={state.fieldErrors} defaultValue={done ? "" : (state.values?.status as string | undefined)} key={`s-${state.status}`} />
        <TextField name="date" label="Date" required hint="2024, 2024-02 or 2024-02-28" errors={state.fieldErrors} defaultValue={done ? "" : (state.values?.date as string | undefined)} key={`d-${state.status}`} />
      </div>
      <TextField name="note" label="Note" errors={state.fieldErrors} defaultValue={done ? "" : (state.values?.note as string | undefined)} key={`n-${state.status}`} />
      {isAdmin ? (
        <div className="field checkbox">
          <input id="correction" name="correction" type="checkbox" />
          <label htmlFor="correction">Correction of history (allows any status and date)</label>
        </div>
      ) : null}
      <SubmitButton>Record change</SubmitButton>
    </form>
  );
}
