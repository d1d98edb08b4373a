"use client";
import "./globals.css";
import { ErrorReport } from "@/components/layout/error-report";

// An error in the root layout itself: this replaces the whole document.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Something went wrong · Parley</title>
        <main id="main">
          <ErrorReport error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
