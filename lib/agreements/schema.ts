import { z } from "zod";
import { AgreementKind, AgreementStatus } from "@/generated/prisma/enums";
import {
  checkbox,
  id,
  optionalId,
  optionalText,
  optionalUrl,
  requiredText,
  requiredVagueDate,
  version,
} from "@/lib/forms/fields";

export const statusChangeSchema = z.object({
  agreementId: id("Agreement"),
  version,
  status: z.enum(AgreementStatus, { error: "Choose the new status" }).meta({ title: "New status" }),
  date: requiredVagueDate("Date", "Give the date of the change (a year is enough)"),
  note: optionalText("Note", 2000),
  citationId: optionalId("Citation"),
  /** admins only: record a change outside the usual lifecycle, to correct history */
  correction: checkbox("Correction of history (allows any status and date)"),
});

export type StatusChangeInput = z.infer<typeof statusChangeSchema>;

export const agreementSchema = z.object({
  title: requiredText("Title", 500),
  kind: z.enum(AgreementKind, { error: "Choose a kind" }).meta({ title: "Kind" }),
  legallyBinding: checkbox("Legally binding"),
  status: z.enum(AgreementStatus, { error: "Choose the status" }).meta({ title: "Status" }),
  statusDate: requiredVagueDate("Since", "When did it reach this status? (a year is enough)"),
  parties: requiredText("Parties", 1000),
  signatories: optionalText("Signatory organisations", 2000),
  topics: optionalText("Topics", 2000),
  dialogueId: optionalId("Dialogue"),
  summary: optionalText("Summary"),
  documentUrl: optionalUrl("Text of the agreement (web address)"),
});

export type AgreementInput = z.infer<typeof agreementSchema>;

export const updateAgreementSchema = agreementSchema
  .omit({ status: true, statusDate: true, dialogueId: true })
  .extend({ id: id("Agreement"), version });
export type UpdateAgreementInput = z.infer<typeof updateAgreementSchema>;
