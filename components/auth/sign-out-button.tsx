"use client";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/components/ui/use-hydrated";

export function SignOutButton() {
  const router = useRouter();
  // Disabled in the server's HTML and until hydrated, so an early click is not silently lost.
  const hydrated = useHydrated();
  async function leave() {
    // next-auth's client (about 10 KB gzipped) is fetched on the click, not with every page.
    const { signOut } = await import("next-auth/react");
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
