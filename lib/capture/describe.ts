import type { Draft, FactMeta } from "./draft";

// A draft as plain text, for the command line: each fact with its confidence, its rule and the
// passage it was read from.

const quote = (d: Draft, f: FactMeta) =>
  f.evidence
    .slice(0, 1)
    .map((e) => `“${d.source.text.slice(e.start, e.end).replace(/\s+/g, " ").slice(0, 90)}”`)
    .join("");
const why = (d: Draft, f: FactMeta | null) =>
  f ? `  [${f.confidence.toFixed(2)} ${f.rule}, credibility ${f.credibility}] ${quote(d, f)}` : "  [not found]";

export function describeDraft(d: Draft): string {
  const m = d.meeting;
  const lines = [
    `Source: ${d.source.title ?? "(no title)"} · ${d.source.kind} · reliability ${d.source.reliability} · published ${d.source.publishedDate ?? "?"}`,
    `Series: ${d.series ? `${d.series.name} (${d.series.parties.join("-")})${d.series.matchId ? ` = series #${d.series.matchId}` : " (new)"}` : "?"}${why(d, d.series)}`,
    `Meeting: ${m.status}, ${m.start ?? "?"}${m.end ? ` to ${m.end}` : ""} (${m.precision ?? "?"})${why(d, m.parts.date)}`,
    `  venue ${m.city ?? "?"}, ${m.country ?? "?"}${why(d, m.parts.venue)}`,
    `  level ${m.level ?? "?"}${why(d, m.parts.level)}`,
    "Participants:",
    ...d.participants.map(
      (p) =>
        `  ${p.name} — ${p.title ?? "?"}${p.acting ? " (acting)" : ""}${p.organisation ? `, ${p.organisation}` : ""} [${p.country ?? "?"}]${why(d, p)}`,
    ),
    `Themes: ${
      d.themes
        .filter((t) => !t.isNew)
        .map((t) => t.label)
        .join(", ") || "none"
    }`,
    `New themes suggested: ${
      d.themes
        .filter((t) => t.isNew)
        .map((t) => t.label)
        .join(", ") || "none"
    }`,
    "Agreements:",
    ...d.agreements.map(
      (a) => `  ${a.title} — ${a.status}${a.signatories.length ? ` (${a.signatories.join(" / ")})` : ""}${why(d, a)}`,
    ),
    "Outcomes:",
    ...d.outcomes.map((o) => `  ${o.kind}: ${o.text.slice(0, 100)}`),
    `Next round: ${d.nextRound ? `${d.nextRound.city ?? "?"}, ${d.nextRound.country ?? "?"}${d.nextRound.date ? `, ${d.nextRound.date}` : ""}` : "none said"}`,
    `Needs the analyst: ${d.needsAnalyst.join(", ") || "nothing"}`,
  ];
  return lines.join("\n");
}
