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

/**
 * A to_tsquery expression matching every word, the last as a prefix ("law enforc" finds
 * "enforcement"). Built only from letters and digits, so it cannot be a tsquery syntax error.
 */
export function prefixQuery(words: string[]): string {
  if (words.length === 0) return "";
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(" & ");
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
