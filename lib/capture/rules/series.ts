import type { SeriesFact } from "../draft";
import { factOf, type Context } from "../context";

// The dialogue series: a name such as "India-US Homeland Security Dialogue" or "Pakistan-U.S.
// Counterterrorism Dialogue" (two countries joined by a dash, then capitalised words ending in
// Dialogue, Commission, Talks…), matched to an existing series whatever the order of the two
// countries and however they are written ("U.S.-India" is "India-US").

const SERIES_END = "Dialogue|Commission|Consultations|Talks|Forum|Partnership|Mechanism|Meeting|Summit";
const NAME = new RegExp(
  `((?:[A-Z][\\p{L}.]*\\.?|U\\.S\\.|U\\.K\\.)(?:\\s[A-Z][\\p{L}]+)?)\\s?[-–]\\s?((?:[A-Z][\\p{L}.]*\\.?|U\\.S\\.|U\\.K\\.)(?:\\s[A-Z][\\p{L}]+)?)((?:\\s(?:[A-Z][\\p{L}-]*|and|on|for|of|2\\+2))*?)\\s(${SERIES_END})\\b`,
  "gu",
);

/** A series name with its two countries written as codes, in order: comparable across spellings. */
export function seriesKey(ctx: Context, name: string): string {
  let rest = name.toLowerCase();
  const codes: string[] = [];
  for (const hit of ctx.gazetteer.countries.find(name)) {
    codes.push(hit.value.code);
    rest = rest.replace(hit.text.toLowerCase(), " ");
  }
  const words = rest
    .replace(/[^\p{L}\d+ ]/gu, " ")
    .split(/\s+/)
    .filter((w) => w && !["the", "of", "and"].includes(w));
  return [...new Set(codes)].sort().join("-") + ":" + words.join(" ");
}

export function findSeries(ctx: Context): SeriesFact | null {
  const candidates: { name: string; parties: string[]; start: number; end: number; sentenceIndex: number }[] = [];
  ctx.sentences.forEach((sentence, sentenceIndex) => {
    for (const m of sentence.text.matchAll(NAME)) {
      const a = ctx.gazetteer.countries.find(m[1])[0]?.value;
      const b = ctx.gazetteer.countries.find(m[2])[0]?.value;
      if (!a || !b || a.code === b.code) continue;
      const name = m[0].replace(/^(?:the|The)\s/, "");
      candidates.push({ name, parties: [a.code, b.code], start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, sentenceIndex });
    }
  });
  for (const series of ctx.gazetteer.series) {
    const keys = [series.name, series.shortName].filter((n): n is string => !!n).map((n) => seriesKey(ctx, n));
    const hits = candidates.filter((c) => keys.includes(seriesKey(ctx, c.name)));
    const named = ctx.sentences.filter((s) => series.shortName && new RegExp(`\\b${series.shortName}\\b`).test(s.text));
    if (hits.length || named.length) {
      const sentences = hits.length ? hits.map((h) => ctx.sentences[h.sentenceIndex]) : named;
      return {
        name: series.name,
        parties: series.parties,
        matchId: series.id,
        ...factOf(ctx, hits.length ? "series.existing" : "series.short-name", 0.95, hits.length ? hits : named, sentences),
      };
    }
  }
  if (!candidates.length) return null;
  // The longest name is the fullest ("Homeland Security Dialogue" over "Dialogue").
  const best = [...candidates].sort((x, y) => y.name.length - x.name.length || x.start - y.start)[0];
  const same = candidates.filter((c) => seriesKey(ctx, c.name) === seriesKey(ctx, best.name));
  return {
    name: best.name,
    parties: [...best.parties].sort(),
    matchId: null,
    ...factOf(ctx, "series.name", 0.8, same, same.map((c) => ctx.sentences[c.sentenceIndex])),
  };
}
