"use client";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/forms/form-state";

export function SubmitButton({
  children,
  pendingText = "Saving…",
  className,
  ariaLabel,
}: {
  children: React.ReactNode;
  pendingText?: string;
  className?: string;
  ariaLabel?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={className} aria-label={ariaLabel}>
      {pending ? pendingText : children}
    </button>
  );
}

/**
 * The form's outcome. Focus moves to it after a submit (the form kit does that), which is what
 * makes a screen reader read it; an error is also an alert.
 */
export function FormMessage({ state }: { state: Pick<FormState, "status" | "message"> }) {
  if (!state.message) return null;
  const failed = state.status === "error" || state.status === "conflict";
  return (
    <div
      data-form-message
      tabIndex={-1}
      role={failed ? "alert" : "status"}
      className={failed ? "form-error" : "notice"}
    >
      {state.message}
    </div>
  );
}
