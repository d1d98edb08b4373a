"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/forms/form-state";

/** A one-button form for an action on one record (restore, unlink...), saying after it what it did. */
export function RecordFormButton({
  action,
  fields,
  label,
  pendingText,
  className,
  ariaLabel,
}: {
  action: FormAction;
  fields: Record<string, string | number>;
  label: string;
  pendingText?: string;
  className?: string;
  /** when the visible label alone is ambiguous ("Restore" in a list) */
  ariaLabel?: string;
}) {
  const form = useForm(action);
  return (
    <Form form={form} layout="inline" hidden={fields}>
      <SubmitButton className={className ?? "secondary"} pendingText={pendingText} ariaLabel={ariaLabel}>
        {label}
      </SubmitButton>
    </Form>
  );
}
