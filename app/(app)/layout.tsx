import { SiteHeader } from "@/components/layout/site-header";

// Every page here reads the database (and, with sign-in, the session): never prerender at build.
export const dynamic = "force-dynamic";

export default function AppLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
