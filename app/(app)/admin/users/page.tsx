import { TableHead } from "@/components/ui/table-head";
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
        <TableHead columns={["Name", "Email", "Role", "Status", "Last sign-in (UTC)", { hidden: "Actions" }]} />
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
