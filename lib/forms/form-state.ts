// The one result shape of every form's server action. Shared by server and client code.
import type { ImportResult } from "@/lib/import/run";

export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string[] | undefined>;

export type Conflict = {
  /** the record as it is now saved, in form values */
  current: FormValues;
  currentVersion: number;
  changedBy: string | null;
  changedAt: string | null;
};

export type FormState = {
  status: "idle" | "success" | "error" | "conflict";
  message?: string;
  fieldErrors?: FieldErrors;
  /** what the analyst submitted, to refill the form (never passwords) */
  values?: FormValues;
  conflict?: Conflict;
  /** an import's report, row by row */
  importResult?: ImportResult & { mode: "dry-run" | "apply" };
};

export const idle: FormState = { status: "idle" };

/** Fields whose names end in [] are lists; password fields are never echoed back. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [rawKey, raw] of formData.entries()) {
    if (typeof raw !== "string" || rawKey.startsWith("$ACTION")) continue;
    if (rawKey.endsWith("[]")) {
      const key = rawKey.slice(0, -2);
      values[key] = [...((values[key] as string[] | undefined) ?? []), raw];
    } else {
      values[rawKey] = raw;
    }
  }
  return values;
}

export function withoutSecrets(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}
