import type { SearchParamsProps } from "@/lib/params";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";
import { localPathOr } from "@/lib/security/safe-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: SearchParamsProps) {
  const params = await searchParams;
  const callbackUrl = localPathOr(params.callbackUrl, "/"); // only a path on this site
  if (await currentUser()) redirect(callbackUrl);
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} />
    </>
  );
}
