import { z } from "zod";
import { CommitmentStrength, FollowUpStatus, OutcomeKind } from "@/generated/prisma/enums";
import { id, idList, optionalText, requiredText, titled, vagueDate, version } from "@/lib/forms/fields";

const blank = (value: unknown) => (value === "" ? undefined : value);

const outcomeFields = z.object({
  dialogueId: id("Dialogue"),
  kind: z.enum(OutcomeKind, { error: "Choose a kind" }).meta({ title: "Kind" }),
  text: titled(requiredText("Text", 5000), "What was decided, committed or discussed"),
  topics: optionalText("Topics", 2000),
  agreementIds: titled(idList, "Agreements it concerns"),
  participationIds: titled(idList, "Participants it concerns"),
  followUpStatus: titled(z.preprocess(blank, z.enum(FollowUpStatus).optional()), "Follow-up"),
  dueDate: titled(vagueDate("Due date"), "Due"),
  strength: titled(z.preprocess(blank, z.enum(CommitmentStrength).optional()), "Strength of the language"),
});

const hasFollowUp = (o: { kind: string; followUpStatus?: string }) => !(o.kind === "COMMITMENT" && !o.followUpStatus);
const needsFollowUp = { path: ["followUpStatus"], message: "A commitment needs a follow-up status" };

export const outcomeSchema = outcomeFields.refine(hasFollowUp, needsFollowUp);
export const updateOutcomeSchema = outcomeFields
  .omit({ dialogueId: true })
  .extend({ id: id("Outcome"), version })
  .refine(hasFollowUp, needsFollowUp);

export type OutcomeInput = z.infer<typeof outcomeSchema>;
export type UpdateOutcomeInput = z.infer<typeof updateOutcomeSchema>;

const FULFILLERS = ["DIALOGUE", "AGREEMENT"] as const;

/** Follow-up of a commitment; naming a later dialogue or agreement marks it fulfilled by that record. */
export const followUpSchema = z.object({
  id: id("Outcome"),
  version,
  followUpStatus: z.enum(FollowUpStatus, { error: "Choose a follow-up status" }),
  fulfilledByType: z.preprocess(blank, z.enum(FULFILLERS).optional()),
  fulfilledBy: optionalText("Fulfilled by", 500),
});

export type FollowUpInput = z.infer<typeof followUpSchema>;
