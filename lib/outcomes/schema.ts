import { z } from "zod";
import { FollowUpStatus, OutcomeKind } from "@/generated/prisma/enums";
import { id, idList, optionalText, requiredText, vagueDate } from "@/lib/forms/fields";

const blank = (value: unknown) => (value === "" ? undefined : value);

export const outcomeSchema = z.object({
  dialogueId: id("Dialogue"),
  kind: z.enum(OutcomeKind, { error: "Choose a kind" }),
  text: requiredText("Text", 5000),
  topics: optionalText(2000),
  agreementIds: idList,
  participationIds: idList,
  followUpStatus: z.preprocess(blank, z.enum(FollowUpStatus).optional()),
  dueDate: vagueDate("Due date"),
}).refine((o) => !(o.kind === "COMMITMENT" && !o.followUpStatus), { path: ["followUpStatus"], message: "A commitment needs a follow-up status" });

export type OutcomeInput = z.infer<typeof outcomeSchema>;
