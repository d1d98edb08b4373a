"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { TextField } from "@/components/ui/field";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { changePasswordSchema } from "@/lib/users/schema";
import type { FormState } from "@/lib/forms/form-state";

export function ChangePasswordForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const { state, formAction, onSubmit } = useFormAction(action, changePasswordSchema);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form" aria-labelledby="change-password">
      <h2 id="change-password">Change your password</h2>
      <FormMessage state={state} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={state.fieldErrors} />
      <TextField name="newPassword" label="New password" type="password" autoComplete="new-password" hint="At least 12 characters." required errors={state.fieldErrors} />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required errors={state.fieldErrors} />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
