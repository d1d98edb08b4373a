// Finding known terms in a text: one regular expression per case mode, longest terms first, whole
// words only. Spaces and hyphens inside a term match either ("counter-terrorism", "counter
// terrorism"); a lowercase term also matches its plural. Short all-capital terms (acronyms such as
// "US", "DHS", "TIP") match only in capitals, so "tip" or "us" never do.

export type TermHit<T> = { start: number; end: number; text: string; value: T };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isAcronym = (term: string) => /^[A-Z][A-Z.&]{1,7}$/.test(term) && term.replace(/[^A-Z]/g, "").length <= 6;

/** Terms are the same whatever their case (acronyms aside), spaces and hyphens. */
const keyOf = (term: string) => (isAcronym(term) ? term : term.toLowerCase().replace(/[\s-]+/g, ""));

function pattern(term: string): string {
  const body = term
    .trim()
    .split(/[\s-]+/)
    .map((word) => escape(word).replace(/(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})/gu, "-?"))
    .join("[\\s-]?");
  return /[a-z]$/.test(term) ? `${body}(?:s|es)?` : body;
}

export class TermMatcher<T> {
  private readonly values = new Map<string, T>();
  private readonly exact: RegExp | null;
  private readonly folded: RegExp | null;

  constructor(entries: Iterable<[term: string, value: T]>) {
    const exact: string[] = [];
    const folded: string[] = [];
    for (const [raw, value] of entries) {
      const term = raw.trim();
      if (term.length < 2) continue;
      const key = keyOf(term);
      // "Viet Nam" after "Vietnam": one value, but each written form is looked for.
      if (!this.values.has(key)) this.values.set(key, value);
      (isAcronym(term) ? exact : folded).push(term);
    }
    const compile = (terms: string[], flags: string) =>
      terms.length
        ? new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${[...new Set(terms)]
              .sort((a, b) => b.length - a.length)
              .map(pattern)
              .join("|")})(?![\\p{L}\\p{N}])`,
            flags,
          )
        : null;
    this.exact = compile(exact, "gu");
    this.folded = compile(folded, "giu");
  }

  private valueOf(text: string): T | undefined {
    // An acronym is found as written; anything else (a dateline's "MANILA" too) whatever its case.
    const folded = text.toLowerCase().replace(/[\s-]+/g, "");
    for (const key of [text, folded, folded.replace(/e?s$/, ""), folded.replace(/s$/, "")]) {
      const value = this.values.get(key);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** Every hit in `text[from, to)`, in order; overlapping hits keep the longer one. */
  find(text: string, from = 0, to = text.length): TermHit<T>[] {
    const slice = text.slice(from, to);
    const hits: TermHit<T>[] = [];
    for (const re of [this.exact, this.folded]) {
      if (!re) continue;
      for (const m of slice.matchAll(re)) {
        const value = this.valueOf(m[0]);
        if (value !== undefined)
          hits.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], value });
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return hits.filter(
      (h, i) =>
        !hits.some(
          (o, j) => j !== i && o.start <= h.start && o.end >= h.end && (o.end - o.start > h.end - h.start || j < i),
        ),
    );
  }
}
