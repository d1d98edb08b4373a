import { z } from "zod";
import { AgreementKind, AgreementStatus } from "@/generated/prisma/enums";
import { checkbox, id, optionalId, optionalText, requiredText, requiredVagueDate, version } from "@/lib/forms/fields";

export const statusChangeSchema = z.object({
  agreementId: id("Agreement"),
  version,
  status: z.enum(AgreementStatus, { error: "Choose the new status" }),
  date: requiredVagueDate("Date", "Give the date of the change (a year is enough)"),
  note: optionalText(2000),
  citationId: optionalId("Citation"),
  /** admins only: record a change outside the usual lifecycle, to correct history */
  correction: checkbox,
});

export type StatusChangeInput = z.infer<typeof statusChangeSchema>;

const blank = (value: unknown) => (value === "" ? undefined : value);

export const agreementSchema = z.object({
  title: requiredText("Title", 500),
  kind: z.enum(AgreementKind, { error: "Choose a kind" }),
  legallyBinding: checkbox,
  status: z.enum(AgreementStatus, { error: "Choose the status" }),
  statusDate: requiredVagueDate("Status date", "When did it reach this status? (a year is enough)"),
  parties: requiredText("Parties", 1000),
  signatories: optionalText(2000),
  topics: optionalText(2000),
  dialogueId: optionalId("Dialogue"),
  summary: optionalText(),
  documentUrl: z.preprocess(
    blank,
    z
      .url({ protocol: /^https?$/, error: "Give a web address starting with https://" })
      .max(2000)
      .optional(),
  ),
});

export type AgreementInput = z.infer<typeof agreementSchema>;

export const updateAgreementSchema = agreementSchema
  .omit({ status: true, statusDate: true, dialogueId: true })
  .extend({ id: id("Agreement"), version });
export type UpdateAgreementInput = z.infer<typeof updateAgreementSchema>;

/** What the forms and the conflict screen call each field. */
export const agreementLabels = {
  title: "Title",
  kind: "Kind",
  status: "Status",
  statusDate: "Since",
  legallyBinding: "Legally binding",
  parties: "Parties",
  signatories: "Signatory organisations",
  topics: "Topics",
  summary: "Summary",
  documentUrl: "Text of the agreement (web address)",
} satisfies Partial<Record<keyof typeof agreementSchema.shape, string>>;

export const statusChangeLabels = {
  status: "New status",
  date: "Date",
  note: "Note",
  correction: "Correction of history (allows any status and date)",
} satisfies Partial<Record<keyof typeof statusChangeSchema.shape, string>>;
