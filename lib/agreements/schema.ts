import { z } from "zod";
import { AgreementStatus } from "@/generated/prisma/enums";
import { checkbox, id, optionalId, optionalText, vagueDate, version } from "@/lib/forms/fields";

export const statusChangeSchema = z.object({
  agreementId: id("Agreement"),
  version,
  status: z.enum(AgreementStatus, { error: "Choose the new status" }),
  date: vagueDate("Date").refine((d) => d !== undefined, "Give the date of the change (a year is enough)"),
  note: optionalText(2000),
  citationId: optionalId("Citation"),
  /** admins only: record a change outside the usual lifecycle, to correct history */
  correction: checkbox,
});

export type StatusChangeInput = z.infer<typeof statusChangeSchema>;
