"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { CheckboxField, SelectField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import { statusChangeSchema } from "@/lib/agreements/schema";
import { agreementStatusLabel } from "@/lib/labels";
import type { FormAction } from "@/lib/forms/form-state";
import type { AgreementStatus } from "@/lib/domain";

/** Records the next step of an agreement's lifecycle; admins may also correct history. */
export function StatusChangeForm({
  action,
  agreement,
  next,
  isAdmin,
}: {
  action: FormAction;
  agreement: { id: number; version: number };
  next: AgreementStatus[];
  isAdmin: boolean;
}) {
  const form = useForm(action, { schema: statusChangeSchema });
  const { field } = form;
  const statuses = (isAdmin ? (Object.keys(agreementStatusLabel) as AgreementStatus[]) : next).map((s) => ({
    value: s,
    label: agreementStatusLabel[s],
  }));
  return (
    <Form
      form={form}
      heading={<h3 id="status-change">Record a status change</h3>}
      aria-labelledby="status-change"
      hidden={{ agreementId: agreement.id, version: form.state.conflict?.currentVersion ?? agreement.version }}
    >
      <div className="field-row">
        <SelectField {...field("status")} required options={statuses} placeholder="Choose" />
        <TextField {...field("date")} required hint="2024, 2024-02 or 2024-02-28" />
      </div>
      <TextField {...field("note")} />
      {isAdmin ? <CheckboxField {...field("correction")} /> : null}
      <SubmitButton>Record change</SubmitButton>
    </Form>
  );
}
