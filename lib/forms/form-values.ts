import type { FormValues } from "./form-state";

// Turning stored records into form values (and the selects that read them), the same way for every record.

/** A select of these columns: columns("id", "title") is { id: true, title: true }. */
export function columns<K extends string>(...keys: K[]): { [P in K]: true } {
  return Object.fromEntries(keys.map((key) => [key, true])) as { [P in K]: true };
}

/** Columns shown as typed: text as it is, numbers as digits, nothing as "". */
export function textValues<R extends object, K extends keyof R & string>(row: R, ...keys: K[]): FormValues {
  return Object.fromEntries(
    keys.map((key) => [key, row[key] === null || row[key] === undefined ? "" : String(row[key])]),
  );
}

/** Names of linked records, as a pick-or-create field takes them: "India, United States". */
export const nameList = <T>(items: T[], name: (item: T) => string | null | undefined) =>
  items.flatMap((item) => name(item) ?? []).join(", ");

/** A checkbox's value: "on" when ticked. */
export const ticked = (value: boolean) => (value ? "on" : "");
