"use server";
import { defineAction } from "@/lib/action";
import { changePasswordSchema } from "@/lib/users/schema";
import { changeOwnPassword } from "@/lib/users/mutations";

export const changePasswordAction = defineAction(
  "changePasswordAction",
  changePasswordSchema,
  async (input, { user }) => {
    await changeOwnPassword(user, input.currentPassword, input.newPassword);
    return { status: "success", message: "Your password has been changed." };
  },
);
