"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  async function leave() {
    // Redirect ourselves: next-auth would build the URL from NEXTAUTH_URL, which a deployment may not set.
    await signOut({ redirect: false });
    window.location.assign("/sign-in");
  }
  return <button type="button" className="link-button" onClick={leave}>Sign out</button>;
}
