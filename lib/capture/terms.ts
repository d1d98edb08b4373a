// Finding known terms in a text: one regular expression per case mode, longest terms first, whole
// words only. Spaces and hyphens inside a term match either ("counter-terrorism", "counter
// terrorism"); a lowercase term also matches its plural. Short all-capital terms (acronyms such as
// "US", "DHS", "TIP") match only in capitals, so "tip" or "us" never do.

export type TermHit<T> = { start: number; end: number; text: string; value: T };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isAcronym = (term: string) => /^[A-Z][A-Z.&]{1,7}$/.test(term) && term.replace(/[^A-Z]/g, "").length <= 6;

/** British and American spellings of a word, as one pattern: "organi[sz]ed", "defen[cs]e", "program(?:me)?". */
const SPELLINGS: [RegExp, string][] = [
  [/(?<=\p{L}{3})i[sz](e|ed|es|ing|ation|ations)$/u, "i[sz]$1"],
  [/(?<=\p{L}{2})y[sz]e$/u, "y[sz]e"],
  [/^(defen|offen|licen)[cs]e$/, "$1[cs]e"],
  [/^program(?:me)?(s?)$/, "program(?:me)?$1"],
  [/^cent(?:re|er)(s?)$/, "cent(?:re|er)$1"],
  [/(?<=\p{L}{2})o(?:u)?r$/u, "ou?r"],
];
const spelled = (word: string) => {
  const lower = word.toLowerCase();
  for (const [re, to] of SPELLINGS) if (re.test(lower)) return escape(lower).replace(re, to);
  return escape(word);
};
/** One spelling of a folded term, so "organized crime" finds the topic named "organised crime". */
const canonical = (folded: string) =>
  folded
    .replace(/iz(e|ed|es|ing|ation|ations)(?=$|[^a-z])/g, "is$1")
    .replace(/yze(?=$|[^a-z])/g, "yse")
    .replace(/(defen|offen|licen)se/g, "$1ce")
    .replace(/program(?!me)/g, "programme")
    .replace(/center/g, "centre")
    .replace(/(?<=[a-z]{2})or(?=$|[^a-z])/g, "our");

/** Terms are the same whatever their case (acronyms aside), spaces, hyphens and spelling. */
const keyOf = (term: string) =>
  isAcronym(term) ? term : canonical(term.toLowerCase().replace(/[\s-]+/g, " ")).replace(/ /g, "");

function pattern(term: string): string {
  const body = term
    .trim()
    .split(/[\s-]+/)
    .map((word) =>
      /\d/.test(word) ? escape(word).replace(/(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})/gu, "-?") : spelled(word),
    )
    .join("[\\s-]?");
  return /[a-z]$/.test(term) ? `${body}(?:s|es)?` : body;
}

/**
 * "gas pipelines" is found as "gas pipeline" too; a one-word term is not ("exports" is no "to
 * export"), nor are words that only end in s ("arms", "series").
 */
function singular(term: string): string[] {
  const last = /[\s-](\p{Ll}{4,})$/u.exec(term)?.[1];
  if (!last || /(?:ss|us|is|ics)$|^(?:series|species|news|affairs|arms)$/.test(last)) return [];
  const one = last.endsWith("ies") ? `${last.slice(0, -3)}y` : last.endsWith("s") ? last.slice(0, -1) : null;
  return one ? [term.slice(0, term.length - last.length) + one] : [];
}

/** The first character of each word: a letter or digit with none before it. */
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

export class TermMatcher<T> {
  private readonly values = new Map<string, T>();
  // One sticky expression per first character, tried only where a word starts with it: a single
  // expression of 1,500 country names tried at every word costs a hundred times more.
  private readonly exact: Map<string, RegExp>;
  private readonly folded: Map<string, RegExp>;

  constructor(entries: Iterable<[term: string, value: T]>) {
    const exact: string[] = [];
    const folded: string[] = [];
    const list = [...entries].map(([raw, value]) => [raw.trim(), value] as const);
    // A term as written first, then the singulars of plural ones, which never take a written term's place.
    const singulars = list.flatMap(([term, value]) => singular(term).map((one) => [one, value] as const));
    for (const [term, value] of [...list, ...singulars]) {
      if (term.length < 2) continue;
      const key = keyOf(term);
      // "Viet Nam" after "Vietnam": one value, but each written form is looked for.
      if (!this.values.has(key)) this.values.set(key, value);
      (isAcronym(term) ? exact : folded).push(term);
    }
    const compile = (terms: string[], flags: string, first: (c: string) => string) => {
      const groups = new Map<string, string[]>();
      for (const term of new Set(terms)) {
        const key = first(term[0]!);
        groups.set(key, [...(groups.get(key) ?? []), term]);
      }
      return new Map(
        [...groups].map(([key, group]) => [
          key,
          new RegExp(
            `(?:${group
              .sort((a, b) => b.length - a.length)
              .map(pattern)
              .join("|")})(?![\\p{L}\\p{N}])`,
            flags,
          ),
        ]),
      );
    };
    this.exact = compile(exact, "uy", (c) => c);
    this.folded = compile(folded, "iuy", (c) => c.toLowerCase());
  }

  private valueOf(text: string): T | undefined {
    // An acronym is found as written; anything else (a dateline's "MANILA" too) whatever its case.
    const spaced = canonical(text.toLowerCase().replace(/[\s-]+/g, " "));
    const folded = spaced.replace(/ /g, "");
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
    for (const [groups, first] of [
      [this.exact, (c: string) => c],
      [this.folded, (c: string) => c.toLowerCase()],
    ] as const) {
      if (!groups.size) continue;
      // Every word start is tried, inside an earlier hit too: in "cross-border police cooperation" both
      // "border police" and "police cooperation" are found, and the longer is kept below.
      for (const word of slice.matchAll(WORD_START)) {
        const re = groups.get(first(word[0]));
        if (!re) continue;
        re.lastIndex = word.index;
        const m = re.exec(slice);
        if (!m) continue;
        const end = word.index + m[0].length;
        const value = this.valueOf(m[0]);
        if (value !== undefined) hits.push({ start: from + word.index, end: from + end, text: m[0], value });
      }
    }
    // Of overlapping hits the longer is kept (the earlier of two as long), as when read left to right.
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: TermHit<T>[] = [];
    for (const h of hits) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
    return kept.sort((a, b) => a.start - b.start);
  }
}
