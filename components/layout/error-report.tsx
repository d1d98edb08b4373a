"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";

/** What an unexpected error shows: a plain apology, the reference an admin can find in the server log, and a retry. */
export function ErrorReport({ error, retry }: { error: unknown; retry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="error-heading">
      <h1 id="error-heading" ref={heading} tabIndex={-1}>
        Something went wrong
      </h1>
      <p>Parley could not show this page. Nothing you saved has been lost.</p>
      {digest ? (
        <p>
          If it happens again, give an admin this reference: <code>{digest}</code>
        </p>
      ) : null}
      <p className="toolbar">
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/">Go to the overview</Link>
      </p>
    </section>
  );
}
