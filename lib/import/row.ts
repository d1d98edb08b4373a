import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import type { FormValues } from "@/lib/forms/form-state";
import { parseVagueDate, vagueDateText } from "@/lib/forms/vague-date";
import { parseId } from "@/lib/params";
import type { DatePrecision } from "@/lib/domain";
import { allCountries } from "@/lib/reference/countries";
import type { Decision } from "./report";

// What every importer shares: reading a row's columns as the form would have them typed, and
// deciding about a row that names an existing record.

export type Context = { user: CurrentUser; agreementsByTitle: Map<string, number> };
export type Outcome = Omit<Decision, "line" | "type" | "title">;

export const refuse = (reason: string): Outcome => ({ action: "refuse", reason });
export const list = (text: string | undefined) =>
  (text ?? "")
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join(", ");
/** A date column as the form would have it typed: an exported 2024-03-01 of MONTH precision is "2024-03". */
export const dateText = (f: Record<string, string>, date = "date", precision = "date_precision") => {
  const value = f[date] ?? "";
  // Only a real calendar day is narrowed to its precision; anything else (2024-02-30, 2024-13-01)
  // goes to the form's own schema as typed, which refuses it with the row's reason.
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseVagueDate(value) : null;
  return day ? vagueDateText(day.date, (f[precision] || "DAY").toUpperCase() as DatePrecision) : value;
};
/** The record a uid's number names; 0 (no record) when it is past PostgreSQL's integer. */
export const uidId = (digits: string | undefined) => parseId(digits ?? "") ?? 0;
export const fieldErrors = (error: z.ZodError) =>
  Object.entries(z.flattenError(error).fieldErrors)
    .map(([field, messages]) => `${field}: ${(messages as string[]).join(", ")}`)
    .join("; ");
const changedFields = (before: FormValues, after: FormValues) =>
  Object.keys(after).filter((k) => JSON.stringify(before[k] ?? "") !== JSON.stringify(after[k] ?? ""));

/** "New Delhi, India" → city and country code; a last part that is not a country stays in the city. */
export function venue(location: string | undefined): { venueCity: string; venueCountry: string } {
  const parts = (location ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const last = parts.at(-1)?.toLowerCase();
  const country = last
    ? allCountries().find((c) => c.name.toLowerCase() === last || c.code.toLowerCase() === last)
    : undefined;
  return country
    ? { venueCity: parts.slice(0, -1).join(", "), venueCountry: country.code }
    : { venueCity: parts.join(", "), venueCountry: "" };
}

type Parsed<I> = { success: true; data: I } | { success: false; error: z.ZodError };

/**
 * A row naming an existing record: unchanged when it says what the record says; else refused if
 * the record was edited since the file was made (its version) or the result is invalid; else saved.
 */
export async function updateFromRow<I>(
  f: Record<string, string>,
  current: { version: number },
  before: FormValues,
  row: FormValues,
  parse: (values: FormValues) => Parsed<I>,
  save: (input: I) => Promise<unknown>,
): Promise<Outcome> {
  const values = { ...before, ...row };
  const changed = changedFields(before, values);
  if (changed.length === 0) return { action: "unchanged", reason: `same as ${f.uid}` };
  if (f.version && Number(f.version) !== current.version) {
    return refuse(
      `changed in Parley since this file was made (version ${f.version}, now ${current.version}): export it again and redo the edit`,
    );
  }
  const parsed = parse({ ...values, version: String(current.version) });
  if (!parsed.success) return refuse(fieldErrors(parsed.error));
  await save(parsed.data);
  return { action: "update", reason: `${f.uid}: ${changed.join(", ")}` };
}
