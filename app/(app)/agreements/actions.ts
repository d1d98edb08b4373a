"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { statusChangeSchema } from "@/lib/agreements/schema";
import { changeAgreementStatus } from "@/lib/agreements/mutations";
import { agreementStatusLabel } from "@/lib/labels";

export const changeAgreementStatusAction = defineAction("changeAgreementStatusAction", statusChangeSchema, async (input, { user }) => {
  await changeAgreementStatus(input, user);
  revalidatePath("/", "layout");
  return { status: "success", message: `Status changed to ${agreementStatusLabel[input.status].toLowerCase()}.` };
});
