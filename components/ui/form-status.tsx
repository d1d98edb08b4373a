"use client";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/forms/form-state";

export function SubmitButton({ children, pendingText = "Saving…", className, ariaLabel }: { children: React.ReactNode; pendingText?: string; className?: string; ariaLabel?: string }) {
  const { pending } = useFormStatus();
  return <button type="submit" disabled={pending} aria-disabled={pending} className={className} aria-label={ariaLabel}>{pending ? pendingText : children}</button>;
}

/** The form's outcome, announced to screen readers. */
export function FormMessage({ state }: { state: Pick<FormState, "status" | "message"> }) {
  const tone = state.status === "success" ? "notice" : state.status === "idle" ? undefined : "form-error";
  return (
    <div aria-live="polite" role={state.status === "error" || state.status === "conflict" ? "alert" : "status"} className={state.message ? tone : undefined}>
      {state.message}
    </div>
  );
}
