import { z } from "zod";
import { FollowUpStatus, OutcomeKind } from "@/generated/prisma/enums";
import { id, idList, optionalText, requiredText, vagueDate, version } from "@/lib/forms/fields";

const blank = (value: unknown) => (value === "" ? undefined : value);

const outcomeFields = z.object({
  dialogueId: id("Dialogue"),
  kind: z.enum(OutcomeKind, { error: "Choose a kind" }),
  text: requiredText("Text", 5000),
  topics: optionalText(2000),
  agreementIds: idList,
  participationIds: idList,
  followUpStatus: z.preprocess(blank, z.enum(FollowUpStatus).optional()),
  dueDate: vagueDate("Due date"),
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
  fulfilledBy: optionalText(500),
});

export type FollowUpInput = z.infer<typeof followUpSchema>;

/** What the form and the conflict screen call each field. */
export const outcomeLabels = {
  kind: "Kind",
  text: "What was decided, committed or discussed",
  topics: "Topics",
  agreementIds: "Agreements it concerns",
  participationIds: "Participants it concerns",
  followUpStatus: "Follow-up",
  dueDate: "Due",
} satisfies Partial<Record<keyof typeof outcomeFields.shape, string>>;
