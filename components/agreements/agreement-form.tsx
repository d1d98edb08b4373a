"use client";
import { useForm } from "@/components/ui/use-form";
import { Form, FormActions } from "@/components/ui/form";
import { CheckboxField, SelectField, TextareaField, TextField, optionsOf } from "@/components/ui/fields";
import { SuggestField } from "@/components/ui/suggest-field";
import { agreementSchema, updateAgreementSchema } from "@/lib/agreements/schema";
import { agreementKindLabel, agreementStatusLabel } from "@/lib/labels";
import type { FormAction, FormValues } from "@/lib/forms/form-state";

/** Creates an agreement with its first status; with `record`, edits one (status has its own form). */
export function AgreementForm({
  action,
  initial,
  cancelHref,
  record,
}: {
  action: FormAction;
  initial: FormValues;
  cancelHref: string;
  record?: { id: number; version: number };
}) {
  const form = useForm(action, {
    schema: record ? updateAgreementSchema : agreementSchema,
    initial,
  });
  const { field } = form;
  return (
    <Form form={form} record={record} hidden={record ? {} : { dialogueId: form.value("dialogueId") }}>
      <TextField {...field("title")} required />
      <div className="field-row">
        <SelectField {...field("kind")} required options={optionsOf(agreementKindLabel)} placeholder="Choose" />
        {record ? null : (
          <>
            <SelectField {...field("status")} required options={optionsOf(agreementStatusLabel)} placeholder="Choose" />
            <TextField
              {...field("statusDate")}
              required
              hint="When it reached this status: 2024, 2024-02 or 2024-02-28"
            />
          </>
        )}
      </div>
      <CheckboxField
        {...field("legallyBinding")}
        hint="Leave unticked for a political instrument, such as most MoUs."
      />
      <SuggestField {...field("parties")} kind="country" multiple required hint="Countries, separated by commas." />
      <SuggestField
        {...field("signatories")}
        kind="organisation"
        multiple
        createNoun="organisation"
        hint="Names or acronyms, separated by commas."
      />
      <SuggestField {...field("topics")} kind="topic" multiple createNoun="topic" />
      <fieldset className="terms">
        <legend>Term</legend>
        <div className="field-row">
          <TextField {...field("expiryDate")} hint="As stated: 2029, 2029-02 or 2029-02-28" />
          <TextField {...field("termMonths")} hint="When no expiry is stated: from entry into force, else signature" />
        </div>
        <CheckboxField {...field("autoRenews")} hint="Unless a party gives notice" />
        <div className="field-row">
          <TextField {...field("renewalMonths")} hint="Empty: the term again" />
          <TextField {...field("noticeDays")} hint="Empty: the last 90 days are the renewal window" />
        </div>
      </fieldset>
      <TextareaField {...field("summary")} />
      <TextField {...field("documentUrl")} type="url" />
      <FormActions submit={record ? "Save changes" : "Create agreement"} cancelHref={cancelHref} />
    </Form>
  );
}
