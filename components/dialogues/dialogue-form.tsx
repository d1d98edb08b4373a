"use client";
import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField, valueOf } from "@/components/ui/field";
import { SuggestInput } from "@/components/ui/suggest-input";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { VersionFields } from "@/components/records/version-fields";
import { dialogueSchema, updateDialogueSchema } from "@/lib/dialogues/schema";
import { dialogueLevelLabel, dialogueStatusLabel } from "@/lib/labels";
import type { FormState, FormValues } from "@/lib/forms/form-state";

type Option = { value: string; label: string };

const LABELS: Record<string, string> = {
  seriesId: "Series", title: "Title", roundNumber: "Round", level: "Level", status: "Status", startDate: "Start date",
  endDate: "End date", venueCity: "City", venueCountry: "Country", summary: "Summary", topics: "Topics",
};

const DATE_HINT = "As precise as the source: 2024, 2024-02, 2024-02-28 or 28 February 2024.";

export function DialogueForm({ action, initial, record, series, countries, cancelHref }: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  initial: FormValues;
  record?: { id: number; version: number };
  series: Option[];
  countries: Option[];
  cancelHref: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action, record ? updateDialogueSchema : dialogueSchema);
  const values = state.values;
  const errors = state.fieldErrors;
  const v = (name: string) => valueOf(values, initial, name);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form">
      <FormMessage state={state} />
      {record ? <VersionFields state={state} record={record} labels={LABELS} /> : null}
      <input type="hidden" name="announcedById" value={v("announcedById")} />
      <SelectField name="seriesId" label={LABELS.seriesId!} required options={series} placeholder="Choose a series" defaultValue={v("seriesId")} errors={errors} key={`series-${v("seriesId")}`} />
      <TextField name="title" label={LABELS.title!} required defaultValue={v("title")} errors={errors} maxLength={300} />
      <div className="field-row">
        <SelectField name="level" label={LABELS.level!} required options={Object.entries(dialogueLevelLabel).map(([value, label]) => ({ value, label }))} placeholder="Choose a level" defaultValue={v("level")} errors={errors} key={`level-${v("level")}`} />
        <SelectField name="status" label={LABELS.status!} required options={Object.entries(dialogueStatusLabel).map(([value, label]) => ({ value, label }))} placeholder="Choose a status" defaultValue={v("status")} errors={errors} key={`status-${v("status")}`} />
        <TextField name="roundNumber" label={LABELS.roundNumber!} type="number" defaultValue={v("roundNumber")} errors={errors} />
      </div>
      <div className="field-row">
        <TextField name="startDate" label={LABELS.startDate!} hint={DATE_HINT} defaultValue={v("startDate")} errors={errors} />
        <TextField name="endDate" label={LABELS.endDate!} defaultValue={v("endDate")} errors={errors} />
      </div>
      <div className="field-row">
        <TextField name="venueCity" label={LABELS.venueCity!} defaultValue={v("venueCity")} errors={errors} />
        <SelectField name="venueCountry" label={LABELS.venueCountry!} options={countries} placeholder="Not known" defaultValue={v("venueCountry")} errors={errors} key={`country-${v("venueCountry")}`} />
      </div>
      <SuggestInput name="topics" label={LABELS.topics!} kind="topic" multiple defaultValue={v("topics")} error={errors?.topics} createNoun="topic" hint="Themes discussed, separated by commas. Existing topics are suggested (names and synonyms)." />
      <TextField name="summary" label={LABELS.summary!} multiline defaultValue={v("summary")} errors={errors} />
      <div className="actions">
        <SubmitButton>{record ? "Save changes" : "Create dialogue"}</SubmitButton>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}
