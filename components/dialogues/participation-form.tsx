"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField, valueOf } from "@/components/ui/field";
import { SuggestInput } from "@/components/ui/suggest-input";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { participationSchema } from "@/lib/participations/schema";
import { participationRoleLabel } from "@/lib/labels";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

export function ParticipationForm({ action, dialogueId, sides }: { action: Action; dialogueId: number; sides: string[] }) {
  const { state, formAction, onSubmit, formKey } = useFormAction(action, participationSchema);
  const values = state.status === "success" ? undefined : state.values;
  const v = (name: string) => valueOf(values, { role: "CO_CHAIR", side: sides[0] ?? "" }, name);
  const errors = state.fieldErrors;
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="record-form" aria-label="Add a participant">
      <FormMessage state={state} />
      <input type="hidden" name="dialogueId" value={dialogueId} />
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
        <input id="isActing" name="isActing" type="checkbox" defaultChecked={values?.isActing === "on"} />
        <label htmlFor="isActing">Acting, or “performing the duties of”</label>
      </div>
      <TextField name="note" label="Note" defaultValue={v("note")} errors={errors} />
      <SubmitButton>Add participant</SubmitButton>
    </form>
  );
}
