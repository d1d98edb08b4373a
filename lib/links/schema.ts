import { z } from "zod";
import { LinkRelation } from "@/generated/prisma/enums";
import { id, optionalText } from "@/lib/forms/fields";

const LINKABLE = ["DIALOGUE", "DIALOGUE_SERIES", "AGREEMENT", "OUTCOME", "PERSON", "ORGANISATION", "TOPIC", "SOURCE", "PARTICIPATION", "COUNTRY"] as const;

export const linkSchema = z.object({
  fromType: z.enum(LINKABLE),
  fromId: id(),
  relation: z.enum(LinkRelation, { error: "Choose how the records relate" }),
  toType: z.enum(LINKABLE, { error: "Choose the kind of record to link to" }),
  toId: id("The linked record"),
  note: optionalText(2000),
}).refine((l) => !(l.fromType === l.toType && l.fromId === l.toId), { path: ["toId"], message: "A record cannot link to itself" });

export type LinkInput = z.infer<typeof linkSchema>;
