"use client";
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useHydrated } from "@/components/ui/use-hydrated";

export function SignOutButton() {
  const router = useRouter();
  // Disabled in the server's HTML and until hydrated, so an early click is not silently lost.
  const hydrated = useHydrated();
  async function leave() {
    // Navigate ourselves: next-auth would build the URL from NEXTAUTH_URL, which a deployment may not set.
    await signOut({ redirect: false });
    router.replace("/sign-in");
    router.refresh();
  }
  return (
    <button type="button" className="link-button" onClick={leave} disabled={!hydrated}>
      Sign out
    </button>
  );
}
