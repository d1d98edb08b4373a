import { z } from "zod";
import { SourceKind, SourceReliability } from "@/generated/prisma/enums";
import { chosenId, id, optionalLocalPath, optionalText, requiredText, vagueDate, version } from "@/lib/forms/fields";

const blank = (value: unknown) => (value === "" ? undefined : value);

export const sourceSchema = z.object({
  title: requiredText("Title", 500),
  publisher: optionalText(200),
  url: z.preprocess(
    blank,
    z
      .url({ protocol: /^https?$/, error: "Give a web address starting with https://" })
      .max(2000)
      .optional(),
  ),
  publishedDate: vagueDate("Published"),
  kind: z.enum(SourceKind, { error: "Choose a kind" }),
  reliability: z.enum(SourceReliability, { error: "Grade the source (F if it cannot be judged)" }),
  body: optionalText(200_000),
  /** where to go back to after saving (a path on this site) */
  returnTo: optionalLocalPath,
});

export const citationSchema = z.object({
  sourceId: chosenId("Source", "Choose a source"),
  record: z.string({ error: "Choose what the passage backs" }).regex(/^[A-Z_]+:\d+$/, "Choose what the passage backs"),
  quote: requiredText("Quoted passage", 5000),
  credibility: z.coerce.number({ error: "Grade the information" }).int().min(1, "Grade the information").max(6),
  note: optionalText(2000),
});

export const updateSourceSchema = sourceSchema.omit({ returnTo: true }).extend({ id: id("Source"), version });
export const updateCitationSchema = citationSchema
  .pick({ quote: true, credibility: true, note: true })
  .extend({ id: id("Citation"), version });

export type SourceInput = z.infer<typeof sourceSchema>;
export type CitationInput = z.infer<typeof citationSchema>;

/** What the forms and the conflict screen call each field. */
export const sourceLabels = {
  title: "Title",
  publisher: "Publisher",
  publishedDate: "Published",
  url: "Web address",
  kind: "Kind",
  reliability: "Reliability (Admiralty scale)",
  body: "Text",
} satisfies Partial<Record<keyof typeof sourceSchema.shape, string>>;

export const citationLabels = {
  sourceId: "Source",
  record: "Backs",
  quote: "Quoted passage",
  credibility: "Credibility of the information",
  note: "Note",
} satisfies Partial<Record<keyof typeof citationSchema.shape, string>>;
