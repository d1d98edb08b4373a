// Turning what an analyst typed into full-text search input. Pure, so it is tested without a database.

export const MAX_QUERY_LENGTH = 200;

/** Trims, collapses whitespace and caps the length; an empty result means "no search". */
export function normaliseQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  return value.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

/** Words of the query (letters, their combining marks, digits), for prefix matching and acronym lookup. */
export function queryWords(query: string): string[] {
  return (query.normalize("NFKC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** One term of a query: a word, a hyphenated compound ("counter-terrorism"), or a "quoted phrase". */
export type QueryTerm = { text: string; words: string[]; phrase: boolean; negated: boolean; or: boolean };

/** The query as terms, as websearch syntax reads it: "phrases", -not, and "or" between two terms. */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  let or = false;
  for (const m of query.normalize("NFKC").matchAll(/(-?)"([^"]*)"?|(-?)([^\s"]+)/g)) {
    const text = (m[2] ?? m[4] ?? "").trim();
    const words = queryWords(text);
    if (!m[2] && /^or$/i.test(text) && terms.length) {
      or = true;
      continue;
    }
    if (!words.length) continue;
    terms.push({ text, words, phrase: m[2] !== undefined, negated: !!(m[1] || m[3]), or });
    or = false;
  }
  return terms.slice(0, 12);
}

/** Runs of one to three plain terms, lower-cased: what may be an acronym, a topic or one of its synonyms. */
export function termRuns(terms: QueryTerm[]): string[] {
  const runs = new Set<string>();
  for (let i = 0; i < terms.length; i++)
    for (let n = 1; n <= 3 && i + n <= terms.length; n++) {
      const run = terms.slice(i, i + n);
      if (run.some((t, j) => t.negated || t.phrase || (j > 0 && t.or))) break;
      runs.add(run.map((t) => t.text.toLowerCase()).join(" "));
      if (n === 1 && terms[i]!.words.length > 1) runs.add(terms[i]!.words.join(" ").toLowerCase());
    }
  return [...runs];
}

const followed = (words: string[]) => words.join(" <-> ");

/**
 * A to_tsquery expression requiring every term, each in any of its forms: a compound as written or
 * joined ("counter-terrorism" finds "Counterterrorism"), the last word as a prefix ("law enforc"
 * finds "enforcement"), and a run of terms that is an acronym or a topic synonym also as the names
 * it stands for (`alternatives`, keyed as termRuns() gives them). Built only from letters and
 * digits, so it cannot be a tsquery syntax error.
 */
export function looseQuery(terms: QueryTerm[], alternatives: Map<string, string[]> = new Map()): string {
  const groups: string[][] = []; // ANDed; the terms of a group ORed ("a b or c" is a & (b | c))
  for (let i = 0; i < terms.length;) {
    const term = terms[i]!;
    const last = i === terms.length - 1 && !term.phrase && !term.negated;
    const prefix = (w: string[]) => (last ? [...w.slice(0, -1), `${w.at(-1)}:*`] : w);
    let forms = [followed(prefix(term.words))];
    if (!term.phrase && term.words.length > 1) forms.push(prefix([term.words.join("")])[0]!);
    let used = 1;
    if (!term.negated && !term.phrase)
      for (let n = Math.min(3, terms.length - i); n >= 1; n--) {
        const run = terms.slice(i, i + n);
        if (run.some((r, j) => r.negated || r.phrase || (j > 0 && r.or))) continue;
        const key = run.map((r) => r.text.toLowerCase()).join(" ");
        const names =
          alternatives.get(key) ?? (n === 1 ? alternatives.get(term.words.join(" ").toLowerCase()) : undefined);
        if (!names?.length) continue;
        if (n > 1) forms = [followed(run.flatMap((r) => r.words))];
        forms.push(...names.map((name) => followed(queryWords(name))).filter(Boolean));
        used = n;
        break;
      }
    const unique = [...new Set(forms)];
    const expr = unique.length > 1 || unique[0]!.includes(" ") ? `(${unique.join(" | ")})` : unique[0]!;
    const part = term.negated ? `!${expr}` : expr;
    if (term.or && groups.length) groups.at(-1)!.push(part);
    else groups.push([part]);
    i += used;
  }
  return groups.map((g) => (g.length > 1 ? `(${g.join(" | ")})` : g[0])).join(" & ");
}

/** ts_headline marks matches with these characters; the page turns them into <mark> safely. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/** Splits a snippet into plain and highlighted parts. */
export function highlightParts(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  for (const [i, chunk] of snippet.split(MARK_START).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, hit: false });
      continue;
    }
    const [hit, rest] = chunk.split(MARK_END);
    if (hit) parts.push({ text: hit, hit: true });
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}
