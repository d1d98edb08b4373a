"use client";
import { createContext } from "react";
import { useSearchParams } from "next/navigation";
import { useOpened } from "./use-opened";

/** Whether the form below was opened by the analyst in the browser, not drawn by the server. */
export const OpenedInBrowser = createContext(false);

/**
 * A form folded under its summary whose markup and code load only when the analyst opens it, so a
 * page that is mostly read (a meeting's) is not weighed down by every form it offers. Pass it a
 * form from `components/forms/on-demand-forms.tsx`, whose code is fetched on first render.
 * Without JavaScript the summary opens onto a link to the same page with this form rendered in
 * place (`?add=name`).
 */

export function OnDemand({ name, summary, children }: { name: string; summary: string; children: React.ReactNode }) {
  const asked = useSearchParams().get("add") === name;
  const { opened, details } = useOpened(asked);
  const id = `add-${name}`;
  return (
    <details className="add" id={id} {...details}>
      <summary>{summary}</summary>
      {opened ? (
        <OpenedInBrowser value={!asked}>{children}</OpenedInBrowser>
      ) : (
        <p>
          <a href={`?add=${name}#${id}`}>Open the form</a>
        </p>
      )}
    </details>
  );
}
