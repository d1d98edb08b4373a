import { z } from "zod";
import { Role } from "@/generated/prisma/enums";
import { checkbox, id, requiredText, titled, version } from "@/lib/forms/fields";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

const email = titled(
  z.string().trim().toLowerCase().pipe(z.email("Enter an email address")).pipe(z.string().max(320)),
  "Email",
);
const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "At most 200 characters");

export const createUserSchema = z.object({
  email,
  name: requiredText("Name", 120),
  role: z.enum(Role, { error: "Choose a role" }).meta({ title: "Role" }),
});

export const updateUserRoleSchema = z.object({
  id: id("User"),
  version,
  role: z.enum(Role, { error: "Choose a role" }),
});
export const setUserActiveSchema = z.object({ id: id("User"), version, active: checkbox("Active") });
/** Actions on an account that need only which one (reset its password, clear its sign-in lock). */
export const userIdSchema = z.object({ id: id("User") });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").meta({ title: "Current password" }),
    newPassword: newPassword.meta({ title: "New password" }),
    confirmPassword: z.string().meta({ title: "New password again" }),
  })
  .refine((p) => p.newPassword === p.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ",
  })
  .refine((p) => p.newPassword !== p.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password you have not been using",
  });
