"use client";
import { useActionState } from "react";
import { idle, type FormState } from "@/lib/forms/form-state";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";

/** A one-button form for an action on one record (delete, restore, unlink...). */
export function RecordFormButton({ action, fields, label, pendingText, className, ariaLabel }: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string | number>;
  label: string;
  pendingText?: string;
  className?: string;
  /** when the visible label alone is ambiguous ("Restore" in a list) */
  ariaLabel?: string;
}) {
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="inline-form">
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <SubmitButton className={className ?? "secondary"} pendingText={pendingText} ariaLabel={ariaLabel}>{label}</SubmitButton>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}
