import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { parseId } from "@/lib/params";
import { plural } from "@/lib/labels";
import type { FormValues } from "@/lib/forms/form-state";
import { getCaptureDraft, nearbyMeetings, personChoices, recordedMeeting } from "@/lib/capture/queries";
import { claimsOf } from "@/lib/capture/review";
import { compareClaims } from "@/lib/capture/compare";
import { ClaimTable } from "@/components/capture/claim-table";
import { evidenceOf } from "@/lib/capture/evidence";
import { reviewFacts } from "@/lib/capture/review-facts";
import { reviewValues } from "@/lib/capture/review";
import { seriesOptions } from "@/lib/series/queries";
import { topicOptions, topicTree } from "@/lib/topics/queries";
import { countryOptions } from "@/lib/reference/countries";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { SourceText } from "@/components/capture/source-text";
import { ReviewForm } from "@/components/capture/review-form";
import { RecordFormButton } from "@/components/records/record-form-button";
import { confirmCaptureAction, discardCaptureAction, ignoreCaptureTermAction, saveCaptureAction } from "../actions";

export const metadata: Metadata = { title: "Review a captured readout" };

export default async function CaptureReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("ANALYST");
  const id = parseId((await params).id);
  const row = id ? await getCaptureDraft(id, user) : null;
  if (!row) notFound();
  const { draft } = row;
  const title = draft.source.title ?? "Captured readout";
  if (row.status !== "OPEN")
    return (
      <>
        <PageHeader title={title} eyebrow="Capture" />
        <p>
          {row.status === "CONFIRMED" ? "This draft has been confirmed" : "This draft was discarded"}.{" "}
          {row.dialogueId ? (
            <Link href={`/dialogues/${row.dialogueId}`}>Open the meeting it recorded</Link>
          ) : (
            <Link href="/capture">Capture another readout</Link>
          )}
        </p>
      </>
    );
  const matches = draft.series?.matchId ? await nearbyMeetings(draft.series.matchId, draft.meeting.start) : [];
  const fresh = reviewValues(draft, row.id, row.version);
  if (matches[0]) fresh.meetingTarget = String(matches[0].id);
  const initial: FormValues = { ...(row.choices ?? fresh), version: String(row.version) };
  const target = Number(initial.meetingTarget) || null;
  const recorded = target ? await recordedMeeting(target) : null;
  return (
    <>
      <PageHeader title={title} eyebrow="Review the draft">
        <p className="muted">
          Check each field against its passage (highlighted in the text), correct what is wrong, leave out what should
          not be recorded, then confirm: everything is recorded at once, each fact cited from its passage.
          {draft.needsAnalyst.length
            ? ` ${plural(draft.needsAnalyst.length, "field needs", "fields need")} you (marked “Check this”).`
            : ""}
        </p>
      </PageHeader>
      {recorded ? (
        <Section id="compare" title="This meeting is already recorded">
          <p>
            This source is about <Link href={`/dialogues/${recorded.id}`}>{recorded.title}</Link>. Confirming adds what
            it says that the record lacks, and cites it for every claim it makes: as backing the record where both
            agree, as contradicting it where they differ. To record a different meeting instead, choose “A new meeting”
            below.
          </p>
          <ClaimTable rows={compareClaims(recorded, claimsOf(initial))} />
        </Section>
      ) : null}
      <div className="capture-review">
        <Section id="source-text" title="The text" className="capture-source">
          <SourceText text={draft.source.text} evidence={evidenceOf(draft)} furniture={draft.source.furniture} />
        </Section>
        <Section id="draft" title="The draft" className="capture-draft">
          <ReviewForm
            confirmAction={confirmCaptureAction}
            saveAction={saveCaptureAction}
            ignoreAction={ignoreCaptureTermAction}
            initial={initial}
            facts={reviewFacts(draft)}
            countries={countryOptions()}
            series={await seriesOptions()}
            topics={topicOptions(await topicTree())}
            people={await personChoices(draft)}
            meetings={matches.map((m) => ({ value: String(m.id), label: `Add this source to: ${m.title}` }))}
          />
          <RecordFormButton
            action={discardCaptureAction}
            fields={{ draftId: row.id, version: row.version }}
            label="Discard this draft"
          />
        </Section>
      </div>
    </>
  );
}
