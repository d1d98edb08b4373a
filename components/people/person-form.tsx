"use client";
import { useForm } from "@/components/ui/use-form";
import { Form, FormActions } from "@/components/ui/form";
import { CheckboxField, SelectField, TextareaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import { personSchema, positionSchema } from "@/lib/people/schema";
import type { FormAction } from "@/lib/forms/form-state";
import type { EditWithCountries } from "@/components/ui/form";

export function PersonForm({ action, initial, record, countries }: EditWithCountries) {
  const form = useForm(action, { schema: personSchema, initial });
  const { field } = form;
  return (
    <Form form={form} record={record}>
      <div className="field-row">
        <TextField {...field("honorific")} hint="Written before the name: Ambassador, Dr, Lt Gen" />
        <TextField {...field("name")} required />
      </div>
      <TextField {...field("aliases")} hint="Other spellings and names, separated by commas." />
      <SelectField {...field("country")} options={countries} placeholder="Not known" />
      <TextareaField {...field("notes")} />
      <FormActions submit="Save changes" cancelHref={`/people/${record.id}`} />
    </Form>
  );
}

export function PositionForm({ action, personId }: { action: FormAction; personId: number }) {
  const form = useForm(action, { schema: positionSchema });
  const { field } = form;
  return (
    <Form form={form} hidden={{ personId }} aria-label="Add a position">
      <TextField {...field("title")} required />
      <TextField {...field("organisation")} />
      <div className="field-row">
        <TextField {...field("startDate")} hint="2019, 2019-08 or 2019-08-31" />
        <TextField {...field("endDate")} />
      </div>
      <CheckboxField {...field("acting")} />
      <SubmitButton>Add position</SubmitButton>
    </Form>
  );
}
