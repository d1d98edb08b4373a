import "server-only";
import { z } from "zod";
import { parseVagueDate } from "@/lib/forms/vague-date";
import { MARK_END, MARK_START } from "@/lib/search/query";
import { MAX_QUERY_LENGTH, normaliseQuery, searchRecords } from "@/lib/search/queries";
import { SEARCH_TYPES } from "@/lib/search/params";

// The search box for programs: the same full-text search as /search, its hits by kind of record,
// each with its page and a plain-text snippet.

const bound = (what: string) =>
  z
    .string()
    .refine((v) => parseVagueDate(v) !== null, "A date: 2024, 2024-02 or 2024-02-28")
    .optional()
    .describe(`${what}, as a year, a month or a day`);

export const searchFilters = z.object({
  q: z
    .string()
    .transform((v) => normaliseQuery(v))
    .pipe(z.string().min(1, "Give something to search for").max(MAX_QUERY_LENGTH))
    .describe('websearch syntax: "a phrase", -without, or; the last word also matches as a prefix'),
  type: z.enum(SEARCH_TYPES).optional().describe("only hits of this kind"),
  from: bound("dated on or after"),
  to: bound("dated on or before"),
});

const hit = z.object({
  key: z.string().describe("the kind's letter and the record's id, unique in the answer"),
  title: z.string(),
  url: z.url(),
  snippet: z.string().nullable().describe("the matching words in context, as plain text"),
});

export const searchResults = z.object({
  data: z.array(z.object({ type: z.enum(SEARCH_TYPES), label: z.string(), hits: z.array(hit) })),
});

const plain = (snippet: string | undefined) => snippet?.replaceAll(MARK_START, "").replaceAll(MARK_END, "") ?? null;

export async function searchFor(
  f: z.output<typeof searchFilters>,
  origin: string,
): Promise<z.output<typeof searchResults>> {
  const groups = await searchRecords(f.q, {
    types: f.type ? [f.type] : [],
    from: f.from ? parseVagueDate(f.from)!.date : undefined,
    to: f.to ? parseVagueDate(f.to)!.date : undefined,
  });
  return {
    data: groups.map((g) => ({
      type: g.type,
      label: g.label,
      hits: g.items.map((h) => ({ key: h.key, title: h.title, url: `${origin}${h.href}`, snippet: plain(h.snippet) })),
    })),
  };
}
