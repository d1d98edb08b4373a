"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { followUpStatusLabel } from "@/lib/labels";
import type { FormState } from "@/lib/forms/form-state";

/** The follow-up of one commitment: its status, or the later dialogue or agreement that fulfilled it. */
export function FollowUpForm({ action, outcome }: { action: (state: FormState, data: FormData) => Promise<FormState>; outcome: { id: number; version: number; followUpStatus: string } }) {
  const { state, formAction } = useFormAction(action);
  const id = `followup-${outcome.id}`;
  return (
    <form action={formAction} className="inline-form follow-up" aria-label="Follow-up">
      <input type="hidden" name="id" value={outcome.id} />
      <input type="hidden" name="version" value={state.conflict?.currentVersion ?? outcome.version} />
      <label htmlFor={`${id}-status`}>Follow-up</label>
      <select id={`${id}-status`} name="followUpStatus" defaultValue={outcome.followUpStatus}>
        {Object.entries(followUpStatusLabel).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
      <label htmlFor={`${id}-type`}>fulfilled by</label>
      <select id={`${id}-type`} name="fulfilledByType" defaultValue="DIALOGUE">
        <option value="DIALOGUE">dialogue</option>
        <option value="AGREEMENT">agreement</option>
      </select>
      <input aria-label="Title of the fulfilling dialogue or agreement" name="fulfilledBy" placeholder="title (optional)" />
      <SubmitButton className="secondary">Save follow-up</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
