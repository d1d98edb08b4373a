"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { CheckboxField, SelectField, TextField, optionsOf } from "@/components/ui/fields";
import { SuggestField } from "@/components/ui/suggest-field";
import { SubmitButton } from "@/components/ui/form-status";
import { participationSchema, updateParticipationSchema } from "@/lib/participations/schema";
import { participationRoleLabel } from "@/lib/labels";
import type { FormAction, FormValues } from "@/lib/forms/form-state";

/** Adds someone to a delegation; with `record`, edits a participation. */
export function ParticipationForm({
  action,
  dialogueId,
  sides = [],
  record,
  initial,
}: {
  action: FormAction;
  dialogueId?: number;
  sides?: string[];
  record?: { id: number; version: number };
  initial?: FormValues;
}) {
  const form = useForm(action, {
    schema: record ? updateParticipationSchema : participationSchema,
    initial: initial ?? { role: "CO_CHAIR", side: sides[0] ?? "" },
  });
  const { field } = form;
  return (
    <Form
      form={form}
      record={record}
      hidden={{ dialogueId }}
      aria-label={record ? "Edit participant" : "Add a participant"}
    >
      <div className="field-row">
        <SuggestField {...field("person")} kind="person" required createNoun="person" />
        <SuggestField {...field("side")} kind="country" required hint="The country whose delegation they were in." />
      </div>
      <div className="field-row">
        <SuggestField
          {...field("organisation")}
          kind="organisation"
          createNoun="organisation"
          hint="Name or acronym."
        />
        <SelectField {...field("role")} required options={optionsOf(participationRoleLabel)} />
      </div>
      <div className="field-row">
        <TextField {...field("honorific")} hint="Ambassador, Dr, Lt Gen: kept on the person's record" />
        <TextField {...field("statedTitle")} />
      </div>
      <CheckboxField {...field("isActing")} />
      <TextField {...field("note")} />
      <SubmitButton>{record ? "Save changes" : "Add participant"}</SubmitButton>
    </Form>
  );
}
