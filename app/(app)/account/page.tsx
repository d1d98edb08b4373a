import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { roleLabel } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { changePasswordAction } from "./actions";
import { Fact, Facts } from "@/components/ui/facts";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader title="My account">
        <Facts>
          <Fact label="Name">{user.name}</Fact>
          <Fact label="Email">{user.email}</Fact>
          <Fact label="Role">{roleLabel[user.role]}</Fact>
        </Facts>
      </PageHeader>
      <ChangePasswordForm action={changePasswordAction} />
    </>
  );
}
