"use client";
import { useForm } from "@/components/ui/use-form";
import { Form, FormActions } from "@/components/ui/form";
import { SelectField, TextareaField, TextField, optionsOf } from "@/components/ui/fields";
import { SuggestField } from "@/components/ui/suggest-field";
import { dialogueSchema, updateDialogueSchema } from "@/lib/dialogues/schema";
import { dialogueLevelLabel, dialogueStatusLabel } from "@/lib/labels";
import type { FormAction, FormValues } from "@/lib/forms/form-state";

type Option = { value: string; label: string };

const DATE_HINT = "As precise as the source: 2024, 2024-02, 2024-02-28 or 28 February 2024.";

export function DialogueForm({
  action,
  initial,
  record,
  series,
  countries,
  cancelHref,
}: {
  action: FormAction;
  initial: FormValues;
  record?: { id: number; version: number };
  series: Option[];
  countries: Option[];
  cancelHref: string;
}) {
  const form = useForm(action, {
    schema: record ? updateDialogueSchema : dialogueSchema,
    initial,
  });
  const { field } = form;
  return (
    <Form form={form} record={record} hidden={{ announcedById: form.value("announcedById") || undefined }}>
      <SelectField {...field("seriesId")} required options={series} placeholder="Choose a series" />
      <TextField {...field("title")} required maxLength={300} />
      <div className="field-row">
        <SelectField
          {...field("level")}
          required
          options={optionsOf(dialogueLevelLabel)}
          placeholder="Choose a level"
        />
        <SelectField
          {...field("status")}
          required
          options={optionsOf(dialogueStatusLabel)}
          placeholder="Choose a status"
        />
        <TextField {...field("roundNumber")} type="number" />
      </div>
      <div className="field-row">
        <TextField {...field("startDate")} hint={DATE_HINT} />
        <TextField {...field("endDate")} />
      </div>
      <div className="field-row">
        <TextField {...field("venueCity")} />
        <SelectField {...field("venueCountry")} options={countries} placeholder="Not known" />
      </div>
      <SuggestField
        {...field("topics")}
        kind="topic"
        multiple
        createNoun="topic"
        hint="Themes discussed, separated by commas. Existing topics are suggested (names and synonyms)."
      />
      <TextareaField {...field("summary")} />
      <FormActions submit={record ? "Save changes" : "Create dialogue"} cancelHref={cancelHref} />
    </Form>
  );
}
