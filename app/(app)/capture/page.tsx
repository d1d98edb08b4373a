import Link from "next/link";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { openDrafts } from "@/lib/capture/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { CaptureStartForm } from "@/components/capture/capture-start-form";
import { startCaptureAction } from "./actions";

export const metadata: Metadata = { title: "Capture a readout" };

export default async function CapturePage() {
  const user = await requireRole("ANALYST");
  const drafts = await openDrafts(user);
  return (
    <>
      <PageHeader title="Capture a readout">
        <p className="muted">
          Paste or upload a readout, joint statement or press report: Parley drafts the meeting, its delegations,
          themes, agreements and outcomes, each tied to the passage it came from, for you to check and confirm. Nothing
          is recorded until you confirm.
        </p>
      </PageHeader>
      <CaptureStartForm action={startCaptureAction} />
      {drafts.length ? (
        <Section id="drafts" title="Your drafts">
          <ul className="record-list">
            {drafts.map((d) => (
              <li key={d.id}>
                <Link href={`/capture/${d.id}`}>{d.title ?? `Draft ${d.id}`}</Link>{" "}
                <span className="muted">saved {d.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
