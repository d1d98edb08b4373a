"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { SelectField, TextField, valueOf } from "@/components/ui/field";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { createUserSchema } from "@/lib/users/schema";
import { roleLabel, ROLES } from "@/lib/auth/roles";
import type { FormState } from "@/lib/forms/form-state";
import type { Role } from "@/lib/domain";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
const roleOptions = ROLES.map((role) => ({ value: role, label: roleLabel[role] }));

export function CreateUserForm({ action }: { action: Action }) {
  const { state, formAction, onSubmit } = useFormAction(action, createUserSchema);
  const v = (name: string) => valueOf(state.status === "success" ? undefined : state.values, { role: "ANALYST" }, name);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form" aria-labelledby="new-user">
      <h2 id="new-user">Add a user</h2>
      <FormMessage state={state} />
      <div className="field-row">
        <TextField name="email" label="Email" type="email" required defaultValue={v("email")} errors={state.fieldErrors} key={`e-${state.status}`} />
        <TextField name="name" label="Name" required defaultValue={v("name")} errors={state.fieldErrors} key={`n-${state.status}`} />
        <SelectField name="role" label="Role" required options={roleOptions} defaultValue={v("role")} errors={state.fieldErrors} />
      </div>
      <SubmitButton pendingText="Creating…">Create account</SubmitButton>
    </form>
  );
}

export function UserRoleForm({ action, user }: { action: Action; user: { id: number; version: number; role: Role; name: string } }) {
  const { state, formAction } = useFormAction(action);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={state.conflict?.currentVersion ?? user.version} />
      <label className="visually-hidden" htmlFor={`role-${user.id}`}>Role of {user.name}</label>
      <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
        {roleOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <SubmitButton className="secondary" ariaLabel={`Save role of ${user.name}`}>Save role</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function UserActiveForm({ action, user }: { action: Action; user: { id: number; version: number; active: boolean; name: string } }) {
  const { state, formAction } = useFormAction(action);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={state.conflict?.currentVersion ?? user.version} />
      {user.active ? null : <input type="hidden" name="active" value="on" />}
      <SubmitButton className="secondary" ariaLabel={`${user.active ? "Deactivate" : "Reactivate"} ${user.name}`}>{user.active ? "Deactivate" : "Reactivate"}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** One button that acts on one account (reset its password, clear its sign-in lock). */
function AccountButtonForm({ action, user, label, describe }: { action: Action; user: { id: number; name: string }; label: string; describe: (name: string) => string }) {
  const { state, formAction } = useFormAction(action);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="id" value={user.id} />
      <SubmitButton className="secondary" ariaLabel={describe(user.name)}>{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function ResetPasswordForm(props: { action: Action; user: { id: number; name: string } }) {
  return <AccountButtonForm {...props} label="Reset password" describe={(name) => `Reset the password of ${name}`} />;
}

export function ClearLockForm(props: { action: Action; user: { id: number; name: string } }) {
  return <AccountButtonForm {...props} label="Clear lock" describe={(name) => `Clear the sign-in lock of ${name}`} />;
}
