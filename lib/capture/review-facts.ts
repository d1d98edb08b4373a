import type { Draft, FactMeta } from "./draft";

// What the review shows beside each field: how sure the draft is, which rule found it, and which
// passage (`#ev-<key>`, the keys of lib/capture/evidence.ts) it was read from.

type Note = { key: string; confidence: number; rule: string; credibility: number } | null;
const note = (key: string, fact: FactMeta | null | undefined): Note =>
  fact ? { key, confidence: fact.confidence, rule: fact.rule, credibility: fact.credibility } : null;

export function reviewFacts(draft: Draft) {
  const parts = draft.meeting.parts;
  return {
    series: note("series", draft.series),
    meeting: {
      date: note("meeting-date", parts.date),
      venue: note("meeting-venue", parts.venue),
      level: note("meeting-level", parts.level),
      status: note("meeting-status", parts.status),
    },
    participants: draft.participants.map((p, i) => note(`p${i}`, p)),
    agreements: draft.agreements.map((a, i) => note(`a${i}`, a)),
    outcomes: draft.outcomes.map((o, i) => note(`o${i}`, o)),
    themes: draft.themes.map((t, i) => ({ label: t.label, isNew: t.isNew, note: note(`t${i}`, t) })),
    nextRound: note("next", draft.nextRound),
  };
}
