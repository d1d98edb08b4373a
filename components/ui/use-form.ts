"use client";
import { useActionState, useState } from "react";
import { z } from "zod";
import { formValues, idle, type FieldErrors, type FormState } from "@/lib/forms/form-state";

type ServerAction = (state: FormState, data: FormData) => Promise<FormState>;

/**
 * A form bound to a server action, checked first in the browser with the action's own zod schema.
 * Without JavaScript the form still posts to the action, which checks the same schema.
 */
export function useFormAction(action: ServerAction, schema?: z.ZodType) {
  const [state, formAction, pending] = useActionState(action, idle);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  // A new key after each success empties an "add another" form by remounting it.
  const [formKey, setFormKey] = useState(0);
  const [seenState, setSeenState] = useState(state);
  if (state !== seenState) {
    setSeenState(state);
    setClientErrors(null);
    if (state.status === "success") setFormKey((k) => k + 1);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (!schema) return;
    const parsed = schema.safeParse(formValues(new FormData(event.currentTarget)));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(z.flattenError(parsed.error).fieldErrors as FieldErrors);
  }

  const shown: FormState = clientErrors
    ? { status: "error", message: "Please correct the fields marked below.", fieldErrors: clientErrors, values: state.values }
    : state;
  return { state: shown, formAction, onSubmit, pending, formKey };
}
