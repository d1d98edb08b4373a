"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { createUserSchema, setUserActiveSchema, updateUserRoleSchema, userIdSchema } from "@/lib/users/schema";
import { clearSignInLock, createUser, resetUserPassword, setUserActive, updateUserRole } from "@/lib/users/mutations";

// Generated passwords are shown once, in the action's message, for the admin to pass on.

export const createUserAction = defineAction("createUserAction", createUserSchema, async (input, { user }) => {
  const created = await createUser(input, user);
  revalidatePath("/admin/users");
  return {
    status: "success",
    message: `Account created for ${input.email}. Their password (shown only now): ${created.password}`,
  };
});

export const updateUserRoleAction = defineAction(
  "updateUserRoleAction",
  updateUserRoleSchema,
  async (input, { user }) => {
    await updateUserRole(input, user);
    revalidatePath("/admin/users");
    return { status: "success", message: "Role changed." };
  },
);

export const setUserActiveAction = defineAction("setUserActiveAction", setUserActiveSchema, async (input, { user }) => {
  await setUserActive(input, user);
  revalidatePath("/admin/users");
  return { status: "success", message: input.active ? "Account reactivated." : "Account deactivated." };
});

export const resetUserPasswordAction = defineAction(
  "resetUserPasswordAction",
  userIdSchema,
  async (input, { user }) => {
    const password = await resetUserPassword(input.id, user);
    return { status: "success", message: `New password (shown only now): ${password}` };
  },
);

export const clearSignInLockAction = defineAction("clearSignInLockAction", userIdSchema, async (input, { user }) => {
  await clearSignInLock(input.id, user);
  revalidatePath("/admin/users");
  return { status: "success", message: "Sign-in lock cleared: the account can sign in again now." };
});
