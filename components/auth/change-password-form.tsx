"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import { changePasswordSchema } from "@/lib/users/schema";
import type { FormAction } from "@/lib/forms/form-state";

export function ChangePasswordForm({ action }: { action: FormAction }) {
  const form = useForm(action, { schema: changePasswordSchema });
  // Passwords are never echoed back: each field starts empty.
  const field = (name: keyof typeof changePasswordSchema.shape) => ({ ...form.field(name), defaultValue: undefined });
  return (
    <Form form={form} heading={<h2 id="change-password">Change your password</h2>} aria-labelledby="change-password">
      <TextField {...field("currentPassword")} type="password" autoComplete="current-password" required />
      <TextField
        {...field("newPassword")}
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters."
        required
      />
      <TextField {...field("confirmPassword")} type="password" autoComplete="new-password" required />
      <SubmitButton>Change password</SubmitButton>
    </Form>
  );
}
