import type { Draft } from "./draft";

// Precision and recall of drafts against hand-made gold files, field by field. A field's facts are
// compared as normalised strings (case, punctuation and "the" ignored); a missing fact is a miss,
// an extra or wrong one a false hit.

export type Gold = {
  input: { published?: string; kind?: string; file?: string };
  series: { name: string; parties: string[] } | null;
  meeting: {
    start: string | null;
    end: string | null;
    precision: string | null;
    city: string | null;
    country: string | null;
    level: string | null;
    status: string;
  };
  participants: {
    name: string;
    title: string | null;
    acting: boolean;
    organisation: string | null;
    country: string | null;
  }[];
  themes: string[];
  agreements: { kind: string; subject: string; status: string }[];
  nextRound: { city: string | null; country: string | null } | null;
};

export type Tally = { truePositives: number; falsePositives: number; falseNegatives: number };
/** A tally with the facts behind it, for reading what a draft got wrong. */
export type ScoredField = Tally & { wrong: string[]; missed: string[] };
export const FIELDS = [
  "series",
  "meeting.date",
  "meeting.venue",
  "meeting.level",
  "meeting.status",
  "participants.name",
  "participants.title",
  "participants.organisation",
  "participants.country",
  "participants.acting",
  "themes",
  "agreements",
  "agreements.status",
  "nextRound",
] as const;
export type Field = (typeof FIELDS)[number];

export const normalise = (s: string | null | undefined) =>
  (s ?? "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\b(the|u\.?s\.?|us)\b/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Compares two sets of keys: what both have, what only the draft has, what only the gold has. */
function compare(found: string[], expected: string[]): ScoredField {
  const want = new Set(expected.filter(Boolean));
  const got = new Set(found.filter(Boolean));
  const wrong = [...got].filter((k) => !want.has(k));
  const missed = [...want].filter((k) => !got.has(k));
  return {
    truePositives: got.size - wrong.length,
    falsePositives: wrong.length,
    falseNegatives: missed.length,
    wrong,
    missed,
  };
}

const one = (found: string | null, expected: string | null) =>
  compare(found ? [found] : [], expected ? [expected] : []);

/** A meeting's dates as one key; a one-day meeting may give its end as its start or not at all. */
const dateKey = (m: { start: string | null; end: string | null; precision: string | null }) =>
  m.start ? `${m.start}/${m.end && m.end !== m.start ? m.end : ""}/${m.precision}` : null;

export function scoreDraft(draft: Draft, gold: Gold): Record<Field, ScoredField> {
  const m = draft.meeting;
  const g = gold.meeting;
  // Participants are paired by name; their other fields are scored on the pairs (and count as
  // misses for gold participants not found).
  const pairKey = (name: string, value: string | null | boolean) =>
    value === null || value === "" || value === false
      ? ""
      : `${normalise(name)}=${/^[A-Z]{2}$/.test(String(value)) ? value : normalise(String(value))}`;
  const participantField = (
    pick: (p: {
      title: string | null;
      organisation: string | null;
      country: string | null;
      acting: boolean;
    }) => string | null | boolean,
  ) =>
    compare(
      draft.participants
        .filter((p) => gold.participants.some((q) => normalise(q.name) === normalise(p.name)))
        .map((p) => pairKey(p.name, pick(p))),
      gold.participants.map((q) => pairKey(q.name, pick(q))),
    );
  const subjects = (list: { kind: string; subject: string | null }[]) =>
    list.map((a) => `${a.kind}:${normalise(a.subject)}`);
  const matchedAgreements = draft.agreements.filter((a) =>
    gold.agreements.some((b) => b.kind === a.kind && normalise(b.subject) === normalise(a.subject)),
  );
  return {
    series: one(
      draft.series ? `${[...draft.series.parties].sort().join("-")}:${normalise(draft.series.name)}` : null,
      gold.series ? `${[...gold.series.parties].sort().join("-")}:${normalise(gold.series.name)}` : null,
    ),
    "meeting.date": one(dateKey(m), dateKey(g)),
    "meeting.venue": one(
      m.city ? `${normalise(m.city)}/${m.country}` : null,
      g.city ? `${normalise(g.city)}/${g.country}` : null,
    ),
    "meeting.level": one(m.level, g.level),
    "meeting.status": one(m.status, g.status),
    "participants.name": compare(
      draft.participants.map((p) => normalise(p.name)),
      gold.participants.map((p) => normalise(p.name)),
    ),
    "participants.title": participantField((p) => p.title),
    "participants.organisation": participantField((p) => p.organisation),
    "participants.country": participantField((p) => p.country),
    "participants.acting": participantField((p) => (p.acting ? "acting" : "")),
    themes: compare(
      draft.themes.filter((t) => !t.isNew).map((t) => t.slug ?? ""),
      gold.themes,
    ),
    agreements: compare(subjects(draft.agreements), subjects(gold.agreements)),
    "agreements.status": compare(
      matchedAgreements.map((a) => `${a.kind}:${normalise(a.subject)}=${a.status}`),
      gold.agreements.map((a) => `${a.kind}:${normalise(a.subject)}=${a.status}`),
    ),
    nextRound: one(
      draft.nextRound ? `${normalise(draft.nextRound.city)}/${draft.nextRound.country}` : null,
      gold.nextRound ? `${normalise(gold.nextRound.city)}/${gold.nextRound.country}` : null,
    ),
  };
}

export function addTallies(a: Tally, b: Tally): Tally {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  };
}

export const precision = (t: Tally) =>
  t.truePositives + t.falsePositives ? t.truePositives / (t.truePositives + t.falsePositives) : 1;
export const recall = (t: Tally) =>
  t.truePositives + t.falseNegatives ? t.truePositives / (t.truePositives + t.falseNegatives) : 1;
