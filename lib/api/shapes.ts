import { z } from "zod";
import { isoDate } from "@/lib/dates";

// Building blocks of the read API's representations and queries, each a zod schema: the API
// validates with them and its OpenAPI document is generated from them (lib/api/openapi.ts).

export const PRECISIONS = ["DAY", "MONTH", "YEAR"] as const;

/** A date no more precise than it is known: 2024-02-01 with MONTH means February 2024. */
export const vagueDate = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe("ISO 8601 calendar date; the first day of the period when the precision is a month or a year"),
    precision: z.enum(PRECISIONS),
    text: z.string().describe("the date as precise as it is known: 2024, 2024-02 or 2024-02-28"),
  })
  .nullable();

export function vague(
  date: Date | null,
  precision: (typeof PRECISIONS)[number] | null | undefined,
): z.infer<typeof vagueDate> {
  if (!date) return null;
  const p = precision ?? "DAY";
  return { date: isoDate(date), precision: p, text: isoDate(date, p) };
}

export const timestamp = z.iso.datetime().describe("ISO 8601 date and time, UTC");
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe("ISO 3166-1 alpha-2");
export const recordUrl = z.url().describe("the record's page in Parley");

/** What every representation ends with: its page, when it last changed, and its version (bumped by each edit). */
export const recordFields = { url: recordUrl, updatedAt: timestamp, version: z.number().int() };

/** A page of a list and the cursor of the next one (null on the last page). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), next: z.string().nullable().describe("pass as `cursor` for the next page") });

export const problemShape = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.record(z.string(), z.array(z.string())).optional().describe("what is wrong with each query parameter"),
});

// Query parameters shared by every list: written as the digits or letters they must be (a
// number's other spellings, "1e3" or "0x10", are refused, not read as something else).
const digits = (pattern: RegExp, message: string) => z.string().regex(pattern, message).transform(Number);
const queryId = digits(/^[1-9]\d{0,9}$/, "A record's id: a whole number from 1").pipe(
  z.number().max(2147483647, "Too large for an id"),
);
export const query = {
  id: queryId,
  limit: digits(/^\d{1,3}$/, "A whole number from 1 to 100")
    .pipe(z.number().min(1, "At least 1").max(100, "At most 100"))
    .optional()
    .describe("items per page, 1 to 100 (50 if not given)"),
  cursor: z
    .string()
    .regex(/^[1-9]\d{0,9}$/, "Not a cursor this API gave")
    .optional()
    .describe("from the previous page's `next`"),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "An ISO 3166-1 alpha-2 code")
    .transform((c) => c.toUpperCase())
    .optional(),
  slug: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, "A theme's slug, as in /topics/<slug>")
    .optional(),
  year: digits(/^\d{4}$/, "A year, four digits").optional(),
  text: z.string().trim().min(1).max(100).optional(),
};

/** Items per page when the query does not say. */
export const DEFAULT_LIMIT = 50;
