import Link from "next/link";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/queries";
import { roleLabel } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import {
  ClearLockForm,
  CreateUserForm,
  ResetPasswordForm,
  UserActiveForm,
  UserRoleForm,
} from "@/components/users/user-forms";
import {
  clearSignInLockAction,
  createUserAction,
  resetUserPasswordAction,
  setUserActiveAction,
  updateUserRoleAction,
} from "./actions";

export const metadata: Metadata = { title: "Users" };

const utcMinute = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");

export default async function UsersPage() {
  const me = await requireRole("ADMIN");
  const users = await listUsers();
  return (
    <>
      <PageHeader title="Users">
        <p>
          <Link href="/admin/audit">Audit log</Link> · <Link href="/admin/backup">Backup</Link>
        </p>
      </PageHeader>
      <CreateUserForm action={createUserAction} />
      <h2>Accounts</h2>
      {users.some((u) => u.lockedUntil) ? (
        <p role="status">
          {users.filter((u) => u.lockedUntil).length} locked out after repeated failed sign-ins: clear a lock once you
          have checked with its owner.
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in (UTC)</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>
                {u.name}
                {u.id === me.id ? " (you)" : null}
              </td>
              <td>{u.email}</td>
              <td>
                <UserRoleForm action={updateUserRoleAction} user={u} />
                <span className="visually-hidden">{roleLabel[u.role]}</span>
              </td>
              <td>
                {u.active ? "Active" : "Deactivated"}
                {u.lockedUntil ? (
                  <>
                    <br />
                    <strong>Locked out</strong> until {utcMinute(u.lockedUntil)} (failed sign-ins)
                  </>
                ) : null}
              </td>
              <td>{u.lastSignInAt ? utcMinute(u.lastSignInAt) : "never"}</td>
              <td className="row-actions">
                <UserActiveForm action={setUserActiveAction} user={u} />
                <ResetPasswordForm action={resetUserPasswordAction} user={u} />
                {u.lockedUntil ? <ClearLockForm action={clearSignInLockAction} user={u} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
