import Link from "next/link";
import { Suspense } from "react";
import { AlertsLink } from "@/components/layout/alerts-link";
import { InboxLink } from "@/components/layout/inbox-link";
import { hasRole } from "@/lib/auth/roles";
import { SiteHeader } from "@/components/layout/site-header";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireUser } from "@/lib/auth/session";
import { roleLabel } from "@/lib/auth/roles";
import { SavedNotice } from "@/components/layout/saved-notice";

// Every page here reads the database and the session: never prerender at build.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <SiteHeader>
        <div className="account">
          <Suspense fallback={<Link href="/inbox">Inbox</Link>}>
            <InboxLink userId={user.id} />
          </Suspense>
          <Suspense fallback={<Link href="/alerts">Alerts</Link>}>
            <AlertsLink />
          </Suspense>
          {hasRole(user.role, "ANALYST") ? (
            <>
              <Link href="/capture">Capture</Link>
              <Link href="/import">Import</Link>
              <Link href="/deleted">Deleted records</Link>
            </>
          ) : null}
          {user.role === "ADMIN" ? <Link href="/admin/users">Admin</Link> : null}
          <Link href="/account">
            {user.name} <span className="muted">({roleLabel[user.role]})</span>
          </Link>
          <SignOutButton />
        </div>
      </SiteHeader>
      <main id="main" tabIndex={-1}>
        <SavedNotice />
        {children}
      </main>
    </>
  );
}
