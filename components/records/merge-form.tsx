"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { SuggestInput } from "@/components/ui/suggest-input";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { mergeSchema } from "@/lib/records/merge-schema";
import type { FormState } from "@/lib/forms/form-state";

/** Names a duplicate of this record; saving moves everything of the duplicate here. */
export function MergeForm({ action, keepId, kind, noun }: { action: (state: FormState, data: FormData) => Promise<FormState>; keepId: number; kind: string; noun: string }) {
  const { state, formAction, onSubmit, formKey } = useFormAction(action, mergeSchema);
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} noValidate className="record-form" aria-label={`Merge a duplicate ${noun}`}>
      <FormMessage state={state} />
      <input type="hidden" name="keepId" value={keepId} />
      <SuggestInput name="duplicate" label={`Duplicate ${noun}`} kind={kind} required error={state.fieldErrors?.duplicate}
        hint={`Its meetings, positions, signatures, citations, links and history move to this ${noun}; its names are kept as aliases, and it is deleted.`} />
      <SubmitButton pendingText="Merging…">Merge into this {noun}</SubmitButton>
    </form>
  );
}
