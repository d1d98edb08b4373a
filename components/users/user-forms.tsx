"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { SelectField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import { createUserSchema } from "@/lib/users/schema";
import { roleLabel, ROLES } from "@/lib/auth/roles";
import type { FormAction } from "@/lib/forms/form-state";
import type { Role } from "@/lib/domain";

const roleOptions = ROLES.map((role) => ({ value: role, label: roleLabel[role] }));

export function CreateUserForm({ action }: { action: FormAction }) {
  const form = useForm(action, { schema: createUserSchema, initial: { role: "ANALYST" } });
  const { field } = form;
  return (
    <Form form={form} heading={<h2 id="new-user">Add a user</h2>} aria-labelledby="new-user">
      <div className="field-row">
        <TextField {...field("email")} type="email" required />
        <TextField {...field("name")} required />
        <SelectField {...field("role")} required options={roleOptions} />
      </div>
      <SubmitButton pendingText="Creating…">Create account</SubmitButton>
    </Form>
  );
}

type Account = { id: number; version: number; name: string };

/** A one-line form in the users table, over the account's version. */
function AccountForm({ action, user, children }: { action: FormAction; user: Account; children: React.ReactNode }) {
  const form = useForm(action);
  return (
    <Form form={form} layout="inline" over={user}>
      {children}
    </Form>
  );
}

export function UserRoleForm({ action, user }: { action: FormAction; user: Account & { role: Role } }) {
  return (
    <AccountForm action={action} user={user}>
      <label className="visually-hidden" htmlFor={`role-${user.id}`}>
        Role of {user.name}
      </label>
      <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
        {roleOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <SubmitButton className="secondary" ariaLabel={`Save role of ${user.name}`}>
        Save role
      </SubmitButton>
    </AccountForm>
  );
}

export function UserActiveForm({ action, user }: { action: FormAction; user: Account & { active: boolean } }) {
  return (
    <AccountForm action={action} user={user}>
      {user.active ? null : <input type="hidden" name="active" value="on" />}
      <SubmitButton className="secondary" ariaLabel={`${user.active ? "Deactivate" : "Reactivate"} ${user.name}`}>
        {user.active ? "Deactivate" : "Reactivate"}
      </SubmitButton>
    </AccountForm>
  );
}

/** One button that acts on one account (reset its password, clear its sign-in lock). */
function AccountButtonForm({
  action,
  user,
  label,
  describe,
}: {
  action: FormAction;
  user: { id: number; name: string };
  label: string;
  describe: (name: string) => string;
}) {
  const form = useForm(action);
  return (
    <Form form={form} layout="inline" hidden={{ id: user.id }}>
      <SubmitButton className="secondary" ariaLabel={describe(user.name)}>
        {label}
      </SubmitButton>
    </Form>
  );
}

export function ResetPasswordForm(props: { action: FormAction; user: { id: number; name: string } }) {
  return <AccountButtonForm {...props} label="Reset password" describe={(name) => `Reset the password of ${name}`} />;
}

export function ClearLockForm(props: { action: FormAction; user: { id: number; name: string } }) {
  return <AccountButtonForm {...props} label="Clear lock" describe={(name) => `Clear the sign-in lock of ${name}`} />;
}
