// The one result shape of every form's server action. Shared by server and client code.

export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string[] | undefined>;

export type Conflict = {
  /** the record as it is now saved, in form values */
  current: FormValues;
  currentVersion: number;
  changedBy: string | null;
  changedAt: string | null;
};

/** `Result` is what an action reports beyond a message (an import's row-by-row report). */
export type FormState<Result = never> = {
  status: "idle" | "success" | "error" | "conflict";
  message?: string;
  fieldErrors?: FieldErrors;
  /** what the analyst submitted, to refill the form (never passwords) */
  values?: FormValues;
  conflict?: Conflict;
  result?: Result;
};

export const idle: FormState = { status: "idle" };

/**
 * A failed parse's messages by field (what zod's flattenError gives as fieldErrors), without
 * loading zod: the browser's forms check with the schema they import, and pages that only delete
 * or mark a record need not ship it.
 */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const { path, message } of issues) {
    const [field] = path;
    if (field === undefined) continue;
    (errors[String(field)] ??= []).push(message);
  }
  return errors;
}

/** A server action as a form calls it (what defineAction makes). */
export type FormAction<Result = never> = (state: FormState<Result>, data: FormData) => Promise<FormState<Result>>;

/** The names Parley's forms use; anything else (Next's $ACTION_ fields, "__proto__[]") is not a field. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Fields whose names end in [] are lists; password fields are never echoed back. */
export function formValues(formData: FormData): FormValues {
  // A Map, not an object: "constructor" or "toString" must not find what every object inherits.
  const values = new Map<string, string | string[]>();
  for (const [rawKey, raw] of formData.entries()) {
    const list = rawKey.endsWith("[]");
    const key = list ? rawKey.slice(0, -2) : rawKey;
    if (typeof raw !== "string" || !FIELD_NAME.test(key)) continue;
    if (list) {
      const previous = values.get(key);
      values.set(key, [...(Array.isArray(previous) ? previous : []), raw]);
    } else {
      values.set(key, raw);
    }
  }
  return Object.fromEntries(values);
}

/** Fields holding a NUL character, which PostgreSQL cannot store in text: refused with a message, never saved. */
export function fieldsWithNul(values: FormValues): string[] {
  return Object.entries(values)
    .filter(([, value]) => (Array.isArray(value) ? value : [value]).some((v) => v.includes("\u0000")))
    .map(([key]) => key);
}

export function withoutSecrets(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}

/** An edit form's record (its id and the version it was loaded at) and its stored values. */
export function editing<R extends { id: number; version: number }>(row: R, toForm: (row: R) => FormValues) {
  return { record: { id: row.id, version: row.version }, initial: toForm(row) };
}
