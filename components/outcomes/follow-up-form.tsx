"use client";
import { useId } from "react";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/form-status";
import { followUpStatusLabel } from "@/lib/labels";
import type { FormAction } from "@/lib/forms/form-state";

/** The follow-up of one commitment: its status, or the later dialogue or agreement that fulfilled it (one line in the register). */
export function FollowUpForm({
  action,
  outcome,
}: {
  action: FormAction;
  outcome: { id: number; version: number; followUpStatus: string };
}) {
  const form = useForm(action);
  const id = useId();
  return (
    <Form form={form} layout="inline" aria-label="Follow-up" over={outcome}>
      <label htmlFor={`${id}-status`}>Follow-up</label>
      <select id={`${id}-status`} name="followUpStatus" defaultValue={outcome.followUpStatus}>
        {Object.entries(followUpStatusLabel).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-type`}>fulfilled by</label>
      <select id={`${id}-type`} name="fulfilledByType" defaultValue="DIALOGUE">
        <option value="DIALOGUE">dialogue</option>
        <option value="AGREEMENT">agreement</option>
      </select>
      <input
        aria-label="Title of the fulfilling dialogue or agreement"
        name="fulfilledBy"
        placeholder="title (optional)"
      />
      <SubmitButton className="secondary">Save follow-up</SubmitButton>
    </Form>
  );
}
