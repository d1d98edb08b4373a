"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { SuggestField } from "@/components/ui/suggest-field";
import { SubmitButton } from "@/components/ui/form-status";
import { mergeSchema } from "@/lib/records/merge-schema";
import type { FormAction } from "@/lib/forms/form-state";

/** Names a duplicate of this record; saving moves everything of the duplicate here. */
export function MergeForm({
  action,
  keepId,
  kind,
  noun,
}: {
  action: FormAction;
  keepId: number;
  kind: string;
  noun: string;
}) {
  const form = useForm(action, { schema: mergeSchema, labels: { duplicate: `Duplicate ${noun}` } });
  return (
    <Form form={form} hidden={{ keepId }} aria-label={`Merge a duplicate ${noun}`}>
      <SuggestField
        {...form.field("duplicate")}
        kind={kind}
        required
        hint={`Its meetings, positions, signatures, citations, links and history move to this ${noun}; its names are kept as aliases, and it is deleted.`}
      />
      <SubmitButton pendingText="Merging…">Merge into this {noun}</SubmitButton>
    </Form>
  );
}
