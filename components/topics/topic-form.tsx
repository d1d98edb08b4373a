"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { TextField, valueOf } from "@/components/ui/field";
import { SuggestInput } from "@/components/ui/suggest-input";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { VersionFields } from "@/components/records/version-fields";
import { topicSchema, updateTopicSchema } from "@/lib/topics/schema";
import type { FormState, FormValues } from "@/lib/forms/form-state";

const LABELS = { name: "Name", parent: "Sub-theme of", synonyms: "Synonyms", description: "Description" };

/** Creates a topic, or edits one — moving it in the tree by changing "Sub-theme of". */
export function TopicForm({ action, initial = {}, record }: { action: (state: FormState, data: FormData) => Promise<FormState>; initial?: FormValues; record?: { id: number; version: number } }) {
  const { state, formAction, onSubmit } = useFormAction(action, record ? updateTopicSchema : topicSchema);
  const v = (name: string) => valueOf(state.values, initial, name);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form" aria-label={record ? "Edit topic" : "New topic"}>
      <FormMessage state={state} />
      {record ? <VersionFields state={state} record={record} labels={LABELS} /> : null}
      <TextField name="name" label={LABELS.name} required defaultValue={v("name")} errors={errors} />
      <SuggestInput name="parent" label={LABELS.parent} kind="topic" defaultValue={v("parent")} error={errors?.parent} hint="Leave empty for a main theme." />
      <TextField name="synonyms" label={LABELS.synonyms} hint="Other words analysts search with, separated by commas." defaultValue={v("synonyms")} errors={errors} />
      <TextField name="description" label={LABELS.description} multiline defaultValue={v("description")} errors={errors} />
      <SubmitButton>{record ? "Save topic" : "Create topic"}</SubmitButton>
    </form>
  );
}
