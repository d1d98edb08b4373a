"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { withSaved } from "@/lib/forms/saved";
import { redirect } from "next/navigation";
import { agreementSchema, statusChangeSchema, updateAgreementSchema } from "@/lib/agreements/schema";
import { changeAgreementStatus, createAgreement, updateAgreement } from "@/lib/agreements/mutations";
import { agreementStatusLabel } from "@/lib/labels";

export const changeAgreementStatusAction = defineAction(
  "changeAgreementStatusAction",
  statusChangeSchema,
  async (input, { user }) => {
    await changeAgreementStatus(input, user);
    revalidatePath("/", "layout");
    return { status: "success", message: `Status changed to ${agreementStatusLabel[input.status].toLowerCase()}.` };
  },
);

export const createAgreementAction = defineAction("createAgreementAction", agreementSchema, async (input, { user }) => {
  const id = await createAgreement(input, user);
  revalidatePath("/", "layout");
  redirect(withSaved(input.dialogueId ? `/dialogues/${input.dialogueId}#agreements` : `/agreements/${id}`, "created"));
});

export const updateAgreementAction = defineAction(
  "updateAgreementAction",
  updateAgreementSchema,
  async (input, { user }) => {
    await updateAgreement(input, user);
    revalidatePath("/", "layout");
    redirect(withSaved(`/agreements/${input.id}`));
  },
);
