import { z } from "zod";
import { ParticipationRole } from "@/generated/prisma/enums";
import { checkbox, id, optionalText, requiredText, version } from "@/lib/forms/fields";

export const participationSchema = z.object({
  dialogueId: id("Dialogue"),
  person: requiredText("Person", 200),
  organisation: optionalText(300),
  side: requiredText("Delegation", 100),
  role: z.enum(ParticipationRole, { error: "Choose a role" }),
  statedTitle: optionalText(300),
  isActing: checkbox,
  note: optionalText(2000),
});

export type ParticipationInput = z.infer<typeof participationSchema>;

export const updateParticipationSchema = participationSchema
  .omit({ dialogueId: true })
  .extend({ id: id("Participation"), version });
export type UpdateParticipationInput = z.infer<typeof updateParticipationSchema>;

/** What the form and the conflict screen call each field. */
export const participationLabels = {
  person: "Person",
  side: "Delegation",
  organisation: "Organisation",
  role: "Role",
  statedTitle: "Title as stated in the source",
  isActing: "Acting, or “performing the duties of”",
  note: "Note",
} satisfies Partial<Record<keyof typeof participationSchema.shape, string>>;
