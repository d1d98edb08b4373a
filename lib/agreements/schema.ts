import { z } from "zod";
import { AgreementKind, AgreementStatus } from "@/generated/prisma/enums";
import {
  checkbox,
  id,
  optionalId,
  optionalText,
  optionalUrl,
  optionalWholeNumber,
  requiredText,
  requiredVagueDate,
  titled,
  vagueDate,
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

/** The term: a stated expiry or a length in months, renewing itself or not, with a notice period. */
const termFields = {
  expiryDate: titled(vagueDate("Expires"), "Expires on"),
  termMonths: optionalWholeNumber("Term in months", 1200),
  autoRenews: checkbox("Renews automatically"),
  renewalMonths: optionalWholeNumber("Renewal period in months", 1200),
  noticeDays: optionalWholeNumber("Notice period in days", 3650),
};

type TermsInput = { expiryDate?: unknown; termMonths?: number; autoRenews: boolean; renewalMonths?: number };
/** A renewal needs a term to renew: a length in months (its own or a renewal period). */
const renewalHasTerm = (t: TermsInput) => !t.autoRenews || Boolean(t.termMonths || t.renewalMonths);
const renewalNeedsTerm = {
  path: ["autoRenews"],
  message: "An agreement that renews itself needs a term: give the term or the renewal period in months",
};
const renewalPeriodNeedsRenewal = (t: TermsInput) => t.autoRenews || !t.renewalMonths;
const renewalPeriodAlone = { path: ["renewalMonths"], message: "Tick “Renews automatically”, or leave this empty" };

const agreementFields = z.object({
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
  ...termFields,
});

export const agreementSchema = agreementFields
  .refine(renewalHasTerm, renewalNeedsTerm)
  .refine(renewalPeriodNeedsRenewal, renewalPeriodAlone);

export type AgreementInput = z.infer<typeof agreementSchema>;

export const updateAgreementSchema = agreementFields
  .omit({ status: true, statusDate: true, dialogueId: true })
  .extend({ id: id("Agreement"), version })
  .refine(renewalHasTerm, renewalNeedsTerm)
  .refine(renewalPeriodNeedsRenewal, renewalPeriodAlone);
export type UpdateAgreementInput = z.infer<typeof updateAgreementSchema>;
