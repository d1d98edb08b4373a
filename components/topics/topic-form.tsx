"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { TextareaField, TextField } from "@/components/ui/fields";
import { SuggestField } from "@/components/ui/suggest-field";
import { SubmitButton } from "@/components/ui/form-status";
import { topicSchema, updateTopicSchema } from "@/lib/topics/schema";
import type { FormAction, FormValues } from "@/lib/forms/form-state";

/** Creates a topic, or edits one — moving it in the tree by changing "Sub-theme of". */
export function TopicForm({
  action,
  initial = {},
  record,
}: {
  action: FormAction;
  initial?: FormValues;
  record?: { id: number; version: number };
}) {
  const form = useForm(action, { schema: record ? updateTopicSchema : topicSchema, initial });
  const { field } = form;
  return (
    <Form form={form} record={record} aria-label={record ? "Edit topic" : "New topic"}>
      <TextField {...field("name")} required />
      <SuggestField {...field("parent")} kind="topic" hint="Leave empty for a main theme." />
      <TextField {...field("synonyms")} hint="Other words analysts search with, separated by commas." />
      <TextareaField {...field("description")} />
      <SubmitButton>{record ? "Save topic" : "Create topic"}</SubmitButton>
    </Form>
  );
}
