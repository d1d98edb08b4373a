import { MAX_ID } from "@/lib/forms/fields";

/** A route's numeric id, or null for anything else (the page then answers 404, never 500). */
export function parseId(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 && id <= MAX_ID ? id : null;
}

/** A page's query string as Next.js gives it: a name can come once, many times or not at all. */
export type SearchParams = Record<string, string | string[] | undefined>;

export type SearchParamsProps = { searchParams: Promise<SearchParams> };

/** The first value given for a name, or "". */
export const firstParam = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value) ?? "";

/** `value` when it is one of `choices`' keys, else undefined (an unknown choice is no choice). */
export const oneOf = <K extends string>(choices: Record<K, unknown>, value: string): K | undefined =>
  Object.hasOwn(choices, value) ? (value as K) : undefined;
