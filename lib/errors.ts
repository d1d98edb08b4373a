import type { Conflict, FieldErrors, FormValues } from "@/lib/forms/form-state";

/**
 * An expected refusal with a message for the analyst (and, optionally, for fields, and values the
 * form should offer instead of what was typed: the closest passage for a quote not in the source).
 */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly offered?: FormValues,
  ) {
    super(message);
  }
}

/** The record changed since the form was loaded: the save was refused, nothing was written. */
export class ConflictError extends Error {
  constructor(readonly conflict: Conflict) {
    super("This record was changed by someone else after you opened it.");
  }
}
