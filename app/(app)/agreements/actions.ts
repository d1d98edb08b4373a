"use server";
import { defineAction, savedTo, done } from "@/lib/action";
import { agreementSchema, statusChangeSchema, updateAgreementSchema } from "@/lib/agreements/schema";
import { changeAgreementStatus, createAgreement, updateAgreement } from "@/lib/agreements/mutations";
import { agreementStatusLabel } from "@/lib/labels";

export const changeAgreementStatusAction = defineAction(
  "changeAgreementStatusAction",
  statusChangeSchema,
  async (input, { user }) => {
    await changeAgreementStatus(input, user);
    return done(`Status changed to ${agreementStatusLabel[input.status].toLowerCase()}.`);
  },
);

export const createAgreementAction = defineAction("createAgreementAction", agreementSchema, async (input, { user }) => {
  const id = await createAgreement(input, user);
  return savedTo(input.dialogueId ? `/dialogues/${input.dialogueId}#agreements` : `/agreements/${id}`, "created");
});

export const updateAgreementAction = defineAction(
  "updateAgreementAction",
  updateAgreementSchema,
  async (input, { user }) => {
    await updateAgreement(input, user);
    return savedTo(`/agreements/${input.id}`);
  },
);
