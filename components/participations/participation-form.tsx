"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField, valueOf } from "@/components/ui/field";
import { SuggestInput } from "@/components/ui/suggest-input";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { participationSchema, updateParticipationSchema } from "@/lib/participations/schema";
import { VersionFields } from "@/components/records/version-fields";
import { participationRoleLabel } from "@/lib/labels";
import type { FormState, FormValues } from "@/lib/forms/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

const LABELS = { person: "Person", side: "Delegation", organisation: "Organisation", role: "Role", statedTitle: "Title as stated", note: "Note" };

/** Adds someone to a delegation; with `record`, edits a participation. */
export function ParticipationForm({ action, dialogueId, sides = [], record, initial }: {
  action: Action; dialogueId?: number; sides?: string[]; record?: { id: number; version: number }; initial?: FormValues;
}) {
  const { state, formAction, onSubmit, formKey } = useFormAction(action, record ? updateParticipationSchema : participationSchema);
  const values = state.status === "success" ? undefined : state.values;
  const v = (name: string) => valueOf(values, initial ?? { role: "CO_CHAIR", side: sides[0] ?? "" }, name);
  const errors = state.fieldErrors;
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="record-form" aria-label={record ? "Edit participant" : "Add a participant"}>
      <FormMessage state={state} />
      {record ? <VersionFields state={state} record={record} labels={LABELS} /> : <input type="hidden" name="dialogueId" value={dialogueId} />}
      <div className="field-row">
        <SuggestInput name="person" label="Person" kind="person" required createNoun="person" defaultValue={v("person")} error={errors?.person} />
        <SuggestInput name="side" label="Delegation" kind="country" required defaultValue={v("side")} error={errors?.side} hint="The country whose delegation they were in." />
      </div>
      <div className="field-row">
        <SuggestInput name="organisation" label="Organisation" kind="organisation" createNoun="organisation" defaultValue={v("organisation")} error={errors?.organisation} hint="Name or acronym." />
        <SelectField name="role" label="Role" required options={Object.entries(participationRoleLabel).map(([value, label]) => ({ value, label }))} defaultValue={v("role")} errors={errors} />
      </div>
      <TextField name="statedTitle" label="Title as stated in the source" defaultValue={v("statedTitle")} errors={errors} />
      <div className="field checkbox">
        <input id="isActing" name="isActing" type="checkbox" defaultChecked={v("isActing") === "on"} />
        <label htmlFor="isActing">Acting, or “performing the duties of”</label>
      </div>
      <TextField name="note" label="Note" defaultValue={v("note")} errors={errors} />
      <SubmitButton>{record ? "Save changes" : "Add participant"}</SubmitButton>
    </form>
  );
}
