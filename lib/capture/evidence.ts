import type { Draft, FactMeta, Span } from "./draft";

// The passages of a draft's source text that its facts were read from: one entry per fact (the
// review links each fact to its passage, `#ev-<key>`), and the text cut into segments, each
// knowing which facts it backs and whether it is page furniture.

export type Evidence = { key: string; label: string; spans: Span[]; confidence: number };
export type Segment = Span & { keys: string[]; furniture: boolean; anchors: string[] };

export function evidenceOf(draft: Draft): Evidence[] {
  const out: Evidence[] = [];
  const add = (key: string, label: string, fact: FactMeta | null | undefined) => {
    if (fact?.evidence.length) out.push({ key, label, spans: fact.evidence, confidence: fact.confidence });
  };
  add("series", "Series", draft.series);
  add("meeting-date", "Meeting date", draft.meeting.parts.date);
  add("meeting-venue", "Venue", draft.meeting.parts.venue);
  add("meeting-level", "Level", draft.meeting.parts.level);
  add("meeting-status", "Held or planned", draft.meeting.parts.status);
  draft.participants.forEach((p, i) => add(`p${i}`, p.name, p));
  draft.themes.forEach((t, i) => add(`t${i}`, `Theme: ${t.label}`, t));
  draft.agreements.forEach((a, i) => add(`a${i}`, a.title, a));
  draft.outcomes.forEach((o, i) => add(`o${i}`, `Outcome ${i + 1}`, o));
  add("next", "Next round", draft.nextRound);
  return out;
}

/** The text cut at every start and end of evidence and furniture. */
export function segmentsOf(text: string, evidence: Evidence[], furniture: Span[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const e of evidence) for (const s of e.spans) cuts.add(s.start).add(s.end);
  for (const f of furniture) cuts.add(f.start).add(f.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const anchored = new Set<string>();
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = evidence.filter((e) => e.spans.some((s) => s.start <= start && s.end >= end));
    const anchors = covering.filter((e) => !anchored.has(e.key) && e.spans[0]!.start === start).map((e) => e.key);
    anchors.forEach((k) => anchored.add(k));
    segments.push({
      start,
      end,
      keys: covering.map((e) => e.key),
      furniture: furniture.some((f) => f.start <= start && f.end >= end),
      anchors,
    });
  }
  return segments;
}
