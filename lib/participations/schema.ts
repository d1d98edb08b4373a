import { z } from "zod";
import { ParticipationRole } from "@/generated/prisma/enums";
import { checkbox, id, optionalId, optionalText, requiredText, version } from "@/lib/forms/fields";

export const participationSchema = z.object({
  dialogueId: id("Dialogue"),
  person: requiredText("Person", 200),
  /** the recorded person meant, when the caller knows which (capture's match); else the name resolves */
  personId: optionalId("Person"),
  organisation: optionalText("Organisation", 300),
  side: requiredText("Delegation", 100),
  role: z.enum(ParticipationRole, { error: "Choose a role" }).meta({ title: "Role" }),
  honorific: optionalText("Rank or honorific", 100),
  statedTitle: optionalText("Title as stated in the source", 300),
  isActing: checkbox("Acting, or “performing the duties of”"),
  note: optionalText("Note", 2000),
});

export type ParticipationInput = z.infer<typeof participationSchema>;

export const updateParticipationSchema = participationSchema
  .omit({ dialogueId: true })
  .extend({ id: id("Participation"), version });
export type UpdateParticipationInput = z.infer<typeof updateParticipationSchema>;
