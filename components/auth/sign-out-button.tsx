"use client";
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  const router = useRouter();
  async function leave() {
    // Navigate ourselves: next-auth would build the URL from NEXTAUTH_URL, which a deployment may not set.
    await signOut({ redirect: false });
    router.replace("/sign-in");
    router.refresh();
  }
  return (
    <button type="button" className="link-button" onClick={leave}>
      Sign out
    </button>
  );
}
