import { z } from "zod";
import { LinkRelation } from "@/generated/prisma/enums";
import { id, optionalId, optionalText } from "@/lib/forms/fields";
import { LINKABLE_TYPES } from "@/lib/records/registry";
import { AGREEMENT_ONLY } from "@/lib/agreements/lineage";

export const linkSchema = z
  .object({
    fromType: z.enum(LINKABLE_TYPES),
    fromId: id(),
    relation: z.enum(LinkRelation, { error: "Choose how the records relate" }).meta({ title: "This record…" }),
    toType: z.enum(LINKABLE_TYPES, { error: "Choose the kind of record to link to" }).meta({ title: "Kind of record" }),
    /** the linked record, by id, or by its exact title (what the link picker's text field submits) */
    toId: optionalId("The linked record"),
    toTitle: optionalText("Record", 500),
    note: optionalText("Note", 2000),
  })
  .refine((l) => l.toId !== undefined || l.toTitle !== undefined, {
    path: ["toTitle"],
    message: "Choose the record to link to",
  })
  .refine((l) => !AGREEMENT_ONLY.has(l.relation) || (l.fromType === "AGREEMENT" && l.toType === "AGREEMENT"), {
    path: ["toType"],
    message: "Renews and extends link one agreement to another: choose an agreement",
  })
  .refine((l) => !(l.fromType === l.toType && l.fromId === l.toId), {
    path: ["toTitle"],
    message: "A record cannot link to itself",
  });

export type LinkInput = z.infer<typeof linkSchema>;
