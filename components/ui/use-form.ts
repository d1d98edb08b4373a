"use client";
import { useActionState, useEffect, useId, useState } from "react";
import type { z } from "zod";
import {
  fieldErrorsOf,
  formValues,
  idle,
  type FieldErrors,
  type FormAction,
  type FormState,
  type FormValues,
} from "@/lib/forms/form-state";
import { labelsOf } from "@/lib/forms/labels";

export type UseFormOptions = {
  /** the action's own zod schema, checked in the browser before posting */
  schema?: z.ZodType;
  /** the stored values (an edit form) or the defaults (a new record) */
  initial?: FormValues;
  /** labels beyond the schema's own field titles (one that names the record, say) */
  labels?: Record<string, string>;
};

/** The value to show: what the analyst submitted last, else the stored one. */
export function valueOf(values: FormValues | undefined, initial: FormValues, name: string): string {
  const value = values?.[name] ?? initial[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

/**
 * A form bound to a server action, checked first in the browser with the action's own zod schema
 * (without JavaScript the form still posts to the action, which checks the same schema).
 * `field(name)` gives a field of the kit its name, label, value and errors. After a submit, focus
 * goes to the first invalid field, or else to the form's message ("Saved.", or why not).
 */
export function useForm<R = never>(action: FormAction<R>, options: UseFormOptions = {}) {
  const { schema, initial = {} } = options;
  const labels = { ...(schema ? labelsOf(schema) : {}), ...options.labels };
  const [state, formAction, pending] = useActionState(action, idle as FormState<R>);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  // A new key after each success empties an "add another" form (and refills an edit form with
  // what is now saved) by remounting it.
  const [formKey, setFormKey] = useState(0);
  const [seenState, setSeenState] = useState(state);
  if (state !== seenState) {
    setSeenState(state);
    setClientErrors(null);
    if (state.status === "success") setFormKey((k) => k + 1);
  }

  const formId = useId();
  useEffect(() => {
    if (state === idle && !clientErrors) return;
    const form = document.getElementById(formId);
    (
      form?.querySelector<HTMLElement>("[aria-invalid='true']") ??
      form?.querySelector<HTMLElement>("[data-form-message]")
    )?.focus();
  }, [state, clientErrors, formId]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (!schema) return;
    const parsed = schema.safeParse(formValues(new FormData(event.currentTarget)));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(fieldErrorsOf(parsed.error.issues));
  }

  const shown: FormState<R> = clientErrors
    ? {
        status: "error",
        message: "Please correct the fields marked below.",
        fieldErrors: clientErrors,
        values: state.values,
      }
    : state;
  // After a success the form starts again from `initial` (a cleared "add" form, or what is now saved).
  const values = shown.status === "success" ? undefined : shown.values;
  const value = (name: string) => valueOf(values, initial, name);
  /** a list field (`name[]`): what was submitted, else the stored list */
  const list = (name: string) => [values?.[name] ?? initial[name] ?? []].flat();
  const field = (name: string) => ({
    name,
    label: labels[name] ?? name,
    defaultValue: value(name),
    errors: shown.fieldErrors?.[name],
  });

  return { state: shown, formAction, onSubmit, pending, formKey, formId, labels, value, list, field };
}

export type FormKit = ReturnType<typeof useForm<unknown>>;
