import { z } from "zod";
import { AssessmentPhase } from "@/generated/prisma/enums";
import { chosenId, id, optionalText, requiredVagueDate, titled } from "@/lib/forms/fields";
import { citationSchema } from "@/lib/sources/schema";
import { isComplianceScore } from "./scale";

const blank = (value: unknown) => (value === "" ? undefined : value);

/** One party's compliance with a commitment on one date, with the passage that shows it. */
export const assessmentSchema = z.object({
  outcomeId: id("Commitment"),
  countryId: chosenId("Party", "Choose the party assessed"),
  score: titled(
    z.preprocess(
      blank,
      z.coerce
        .number({ error: "Choose a score" })
        .refine(isComplianceScore, "A score is −1, 0 or +1 on the Research Group's scale"),
    ),
    "Score",
  ),
  phase: z.enum(AssessmentPhase, { error: "Choose interim or final" }).meta({ title: "Assessment" }),
  assessedDate: requiredVagueDate("Assessed on", "Give the date the assessment speaks for"),
  note: optionalText("Note", 2000),
  // The evidence: a citation of the passage, made with the assessment.
  ...citationSchema.pick({ sourceId: true, quote: true, credibility: true, start: true, end: true }).shape,
});

export type AssessmentInput = z.infer<typeof assessmentSchema>;
