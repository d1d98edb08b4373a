import { z } from "zod";
import { CitationStance, SourceKind, SourceReliability } from "@/generated/prisma/enums";
import {
  chosenId,
  id,
  optionalLocalPath,
  optionalOffset,
  optionalText,
  optionalUrl,
  requiredText,
  vagueDate,
  version,
} from "@/lib/forms/fields";

export const sourceSchema = z.object({
  title: requiredText("Title", 500),
  publisher: optionalText("Publisher", 200),
  url: optionalUrl("Web address"),
  publishedDate: vagueDate("Published"),
  kind: z.enum(SourceKind, { error: "Choose a kind" }).meta({ title: "Kind" }),
  reliability: z
    .enum(SourceReliability, { error: "Grade the source (F if it cannot be judged)" })
    .meta({ title: "Reliability (Admiralty scale)" }),
  body: optionalText("Text", 200_000),
  /** where to go back to after saving (a path on this site) */
  returnTo: optionalLocalPath,
});

export const citationSchema = z.object({
  sourceId: chosenId("Source", "Choose a source"),
  record: z
    .string({ error: "Choose what the passage backs" })
    .regex(/^[A-Z_]+:\d+$/, "Choose what the passage backs")
    .meta({ title: "Backs" }),
  quote: requiredText("Quoted passage", 5000),
  credibility: z.coerce
    .number({ error: "Grade the information" })
    .int()
    .min(1, "Grade the information")
    .max(6)
    .meta({ title: "Credibility of the information" }),
  note: optionalText("Note", 2000),
  /** where the passage is in the source's text (cited by selecting it) */
  start: optionalOffset,
  end: optionalOffset,
  stance: z.enum(CitationStance).optional().meta({ title: "The passage" }),
});

export const updateSourceSchema = sourceSchema.omit({ returnTo: true }).extend({ id: id("Source"), version });
export const updateCitationSchema = citationSchema
  .pick({ quote: true, credibility: true, note: true })
  .extend({ id: id("Citation"), version });

export type SourceInput = z.infer<typeof sourceSchema>;
export type CitationInput = z.infer<typeof citationSchema>;
