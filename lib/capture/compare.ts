import { vagueDateText } from "@/lib/forms/vague-date";
import type { AgreementStatus, DatePrecision, DialogueLevel } from "@/generated/prisma/enums";
import { agreementStatusLabel, dialogueLevelLabel } from "@/lib/labels";

// A second source for a meeting already recorded: claim by claim, what the record says and what
// this source says — the same, something the record lacks, or something else.

export type RecordedMeeting = {
  id: number;
  seriesId: number;
  title: string;
  startDate: Date | null;
  startPrecision: DatePrecision | null;
  endDate: Date | null;
  venueCity: string | null;
  level: string;
  participations: {
    id: number;
    personId: number | null;
    name: string | null;
    title: string | null;
    acting: boolean;
    country: string | null;
  }[];
  agreements: { id: number; title: string; kind: string; status: string }[];
  announced: { id: number; venueCity: string | null }[];
};

/** What this source says, as the review form now has it. */
export type SourceClaims = {
  start: string;
  end: string;
  city: string;
  level: string;
  participants: { index: number; name: string; personId?: number; title: string; acting: boolean }[];
  agreements: { index: number; title: string; kind: string; status: string }[];
  nextCity: string | null;
};

const statusText = (status: string) => agreementStatusLabel[status as AgreementStatus] ?? status;
const levelText = (level: string) => dialogueLevelLabel[level as DialogueLevel] ?? level;

export type Verdict = "same" | "adds" | "differs" | "unsaid";
export type ClaimRow = { claim: string; recorded: string; source: string; verdict: Verdict };

export const sameText = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim() ===
  (b ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim();

const verdict = (recorded: string, source: string): Verdict =>
  !source ? "unsaid" : !recorded ? "adds" : sameText(recorded, source) ? "same" : "differs";

/** The recorded participation this source's participant is (by name, or by surname alone). */
export function sameParticipant(
  recorded: RecordedMeeting["participations"],
  { name, personId }: { name: string; personId?: number },
) {
  const surname = (n: string | null) => (n ?? "").trim().split(/\s+/).at(-1)?.toLowerCase();
  return (
    (personId ? recorded.find((p) => p.personId === personId) : undefined) ??
    recorded.find((p) => sameText(p.name, name)) ??
    recorded.find((p) => surname(p.name) === surname(name))
  );
}

/** The recorded agreement this source's agreement is (same kind and title). */
export function sameAgreement(recorded: RecordedMeeting["agreements"], a: { title: string; kind: string }) {
  return recorded.find((r) => r.kind === a.kind && sameText(r.title, a.title));
}

export function compareClaims(recorded: RecordedMeeting, source: SourceClaims): ClaimRow[] {
  const recordedDates = [
    recorded.startDate ? vagueDateText(recorded.startDate, recorded.startPrecision) : "",
    recorded.endDate ? vagueDateText(recorded.endDate, recorded.startPrecision) : "",
  ]
    .filter(Boolean)
    .join(" to ");
  const sourceDates = [source.start, source.end].filter(Boolean).join(" to ");
  const rows: ClaimRow[] = [
    { claim: "Date", recorded: recordedDates, source: sourceDates, verdict: verdict(recordedDates, sourceDates) },
    {
      claim: "Venue",
      recorded: recorded.venueCity ?? "",
      source: source.city,
      verdict: verdict(recorded.venueCity ?? "", source.city),
    },
    {
      claim: "Level",
      recorded: levelText(recorded.level),
      source: levelText(source.level),
      verdict: verdict(recorded.level, source.level),
    },
  ];
  for (const p of source.participants) {
    const match = sameParticipant(recorded.participations, p);
    const title = `${p.title}${p.acting ? " (acting)" : ""}`;
    rows.push(
      match
        ? {
            claim: `${match.name}: title`,
            recorded: `${match.title ?? ""}${match.acting ? " (acting)" : ""}`,
            source: title,
            verdict: verdict(match.title ?? "", p.title),
          }
        : { claim: `Participant ${p.name}`, recorded: "", source: title || p.name, verdict: "adds" },
    );
  }
  for (const a of source.agreements) {
    const match = sameAgreement(recorded.agreements, a);
    rows.push(
      match
        ? {
            claim: `${match.title}: status`,
            recorded: statusText(match.status),
            source: statusText(a.status),
            verdict: verdict(match.status, a.status),
          }
        : { claim: `Agreement ${a.title}`, recorded: "", source: statusText(a.status), verdict: "adds" },
    );
  }
  const next = recorded.announced[0];
  if (next || source.nextCity)
    rows.push({
      claim: "Next round",
      recorded: next?.venueCity ?? (next ? "announced" : ""),
      source: source.nextCity ?? "",
      verdict: verdict(next?.venueCity ?? "", source.nextCity ?? ""),
    });
  for (const p of recorded.participations)
    if (!source.participants.some((q) => sameParticipant([p], q)))
      rows.push({ claim: `Participant ${p.name}`, recorded: p.title ?? "", source: "", verdict: "unsaid" });
  return rows;
}
