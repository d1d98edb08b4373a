import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { roleLabel } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { changePasswordAction, createApiTokenAction, revokeApiTokenAction } from "./actions";
import { ApiTokens } from "@/components/account/api-tokens";
import { accessTokensOf } from "@/lib/tokens/tokens";
import { Fact, Facts } from "@/components/ui/facts";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const user = await requireUser();
  const tokens = await accessTokensOf(user.id, "API");
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
      <ApiTokens tokens={tokens} create={createApiTokenAction} revoke={revokeApiTokenAction} />
    </>
  );
}
