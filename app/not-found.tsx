import { connection } from "next/server";
import { SiteHeader } from "@/components/layout/site-header";
import { NotFoundMessage } from "@/components/layout/not-found-message";

// An address that matches no page: the main navigation still leads on.
export default async function NotFound() {
  // Rendered per request, never prerendered: its scripts need this response's CSP nonce.
  await connection();
  return (
    <>
      <SiteHeader />
      <main id="main">
        <NotFoundMessage />
      </main>
    </>
  );
}
