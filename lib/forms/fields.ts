import { z } from "zod";
import { isCountryCode } from "@/lib/reference/countries";
import { parseVagueDate } from "./vague-date";
import { safeLocalPath } from "@/lib/security/safe-path";

// Field schemas shared by the forms (in the browser) and their server actions. Form fields arrive
// as strings; an empty field means "not given". A field's label is stated once, here, as its
// schema's title: the form shows it, the conflict screen names the field by it (labelsOf).

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Gives a field its label. */
export const titled = <T extends z.ZodType>(schema: T, label: string): T => schema.meta({ title: label });

export const requiredText = (label: string, max = 300) =>
  titled(
    z
      .string({ error: `${label} is required` })
      .trim()
      .min(1, `${label} is required`)
      .max(max, `${label} is at most ${max} characters`),
    label,
  );

export const optionalText = (label: string, max = 10_000) =>
  titled(z.preprocess(blankToUndefined, z.string().trim().max(max, `At most ${max} characters`).optional()), label);

export const optionalUrl = (label: string) =>
  titled(
    z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: "Give a web address starting with https://" })
        .max(2000)
        .optional(),
    ),
    label,
  );

/** The largest id PostgreSQL's integer holds: a larger one names no record. */
export const MAX_ID = 2_147_483_647;

export const id = (label = "Record") =>
  z.coerce
    .number({ error: `${label} is not valid` })
    .int(`${label} is not valid`)
    .positive(`${label} is not valid`)
    .max(MAX_ID, `${label} is not valid`);

export const optionalId = (label: string) => z.preprocess(blankToUndefined, id(label).optional());

/** An id the analyst picks from a list: left empty, it says what to choose ("Choose a series"). */
export const chosenId = (label: string, choose: string) =>
  titled(
    z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: choose })
        .int(`${label} is not valid`)
        .positive(`${label} is not valid`)
        .max(MAX_ID, `${label} is not valid`),
    ),
    label,
  );

/** A character offset into a text. */
export const optionalOffset = z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(MAX_ID).optional());

export const version = z.coerce
  .number({ error: "The form is missing its version; reload the page" })
  .int()
  .positive()
  .max(MAX_ID);

export const optionalWholeNumber = (label: string, max = 10_000) =>
  titled(
    z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: `${label} must be a whole number` })
        .int(`${label} must be a whole number`)
        .min(1)
        .max(max)
        .optional(),
    ),
    label,
  );

const vagueDateText = (label: string, required?: string) =>
  z.string(required ? { error: required } : undefined).transform((text, ctx) => {
    const parsed = parseVagueDate(text);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: `${label}: write 2024, 2024-02, 2024-02-28 or 28 February 2024` });
      return z.NEVER;
    }
    return parsed;
  });

export const vagueDate = (label: string) =>
  titled(z.preprocess(blankToUndefined, vagueDateText(label).optional()), label);

/** A date the form cannot do without: blank or missing altogether (zod skips refinements of an absent optional key), `required` says why. */
export const requiredVagueDate = (label: string, required: string) =>
  titled(z.preprocess(blankToUndefined, vagueDateText(label, required)), label);

export const optionalCountryCode = (label = "Country") =>
  titled(
    z.preprocess(
      blankToUndefined,
      z.string().trim().toUpperCase().refine(isCountryCode, "Choose a country from the list").optional(),
    ),
    label,
  );

export const idList = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(id()).max(500),
);

export const checkbox = (label: string) =>
  titled(
    z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
    label,
  );

/** Where to send the browser after saving: a path on this site (lib/security/safe-path.ts), else refused. */
export const optionalLocalPath = z.preprocess(
  blankToUndefined,
  z
    .string()
    .transform(
      (value, ctx) =>
        safeLocalPath(value) ?? (ctx.addIssue({ code: "custom", message: "Not a page of this site" }), z.NEVER),
    )
    .optional(),
);
