"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { createUserSchema, resetUserPasswordSchema, setUserActiveSchema, updateUserRoleSchema } from "@/lib/users/schema";
import { createUser, resetUserPassword, setUserActive, updateUserRole } from "@/lib/users/mutations";

// Generated passwords are shown once, in the action's message, for the admin to pass on.

export const createUserAction = defineAction("createUserAction", createUserSchema, async (input, { user }) => {
  const created = await createUser(input, user);
  revalidatePath("/admin/users");
  return { status: "success", message: `Account created for ${input.email}. Their password (shown only now): ${created.password}` };
});

export const updateUserRoleAction = defineAction("updateUserRoleAction", updateUserRoleSchema, async (input, { user }) => {
  await updateUserRole(input, user);
  revalidatePath("/admin/users");
  return { status: "success", message: "Role changed." };
});

export const setUserActiveAction = defineAction("setUserActiveAction", setUserActiveSchema, async (input, { user }) => {
  await setUserActive(input, user);
  revalidatePath("/admin/users");
  return { status: "success", message: input.active ? "Account reactivated." : "Account deactivated." };
});

export const resetUserPasswordAction = defineAction("resetUserPasswordAction", resetUserPasswordSchema, async (input, { user }) => {
  const password = await resetUserPassword(input.id, user);
  return { status: "success", message: `New password (shown only now): ${password}` };
});
