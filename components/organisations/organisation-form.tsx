"use client";
import { useForm } from "@/components/ui/use-form";
import { Form, FormActions } from "@/components/ui/form";
import { SelectField, TextareaField, TextField, optionsOf } from "@/components/ui/fields";
import { SuggestField } from "@/components/ui/suggest-field";
import { organisationSchema } from "@/lib/organisations/schema";
import { organisationKindLabel } from "@/lib/labels";
import type { EditWithCountries } from "@/components/ui/form";

export function OrganisationForm({ action, initial, record, countries }: EditWithCountries) {
  const form = useForm(action, { schema: organisationSchema, initial });
  const { field } = form;
  return (
    <Form form={form} record={record}>
      <TextField {...field("name")} required />
      <div className="field-row">
        <TextField {...field("acronym")} />
        <SelectField {...field("kind")} required options={optionsOf(organisationKindLabel)} />
        <SelectField {...field("country")} options={countries} placeholder="None" />
      </div>
      <SuggestField
        {...field("parent")}
        kind="organisation"
        createNoun="organisation"
        hint="The ministry or body it belongs to, if any."
      />
      <TextareaField {...field("description")} />
      <FormActions submit="Save changes" cancelHref={`/organisations/${record.id}`} />
    </Form>
  );
}
