// Analysts paste passages with straight or curly quotes and uneven spacing; a quote counts as in
// the source when it matches after those are evened out.
const normalise = (text: string) =>
  text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

export function quoteAppearsIn(body: string, quote: string): boolean {
  return normalise(body).includes(normalise(quote).replace(/^["']|["']$/g, ""));
}

const words = (text: string) => normalise(text).match(/[\p{L}\d]+/gu) ?? [];
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * The passage of `body` nearest a quote that is not in it word for word (a sentence, or two running
 * together, sharing most of its words), to offer instead; null when nothing is close.
 */
export function closestPassage(body: string, quote: string): { start: number; end: number; text: string } | null {
  const wanted = words(quote);
  if (!wanted.length) return null;
  const want = new Set(wanted);
  const sentences = [...segmenter.segment(body)].map(({ segment, index }) => {
    const lead = segment.length - segment.trimStart().length;
    return { start: index + lead, end: index + segment.trimEnd().length };
  });
  let best: { start: number; end: number; score: number } | null = null;
  for (let i = 0; i < sentences.length; i++)
    for (const span of [1, 2]) {
      const last = sentences[i + span - 1];
      if (!last) continue;
      const start = sentences[i]!.start;
      const have = new Set(words(body.slice(start, last.end)));
      const shared = [...want].filter((w) => have.has(w)).length;
      const score = (2 * shared) / (want.size + have.size); // Dice: 1 when both hold the same words
      if (!best || score > best.score) best = { start, end: last.end, score };
    }
  return best && best.score >= 0.5
    ? { start: best.start, end: best.end, text: body.slice(best.start, best.end) }
    : null;
}
