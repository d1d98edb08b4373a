import { parseVagueDate } from "@/lib/forms/vague-date";
import type { SearchParams } from "@/lib/params";
import { normaliseQuery } from "./query";

// What the search page's address says: the query, the kinds of record wanted and a date range.
// Pure, so a saved search is kept in the same spelling as the page reads it.

export const SEARCH_TYPES = [
  "dialogue",
  "agreement",
  "outcome",
  "assessment",
  "agenda",
  "passage",
  "source",
  "person",
  "organisation",
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const searchTypeLabel: Record<SearchType, string> = {
  dialogue: "Dialogues",
  agreement: "Agreements",
  outcome: "Outcomes",
  assessment: "Compliance assessments",
  agenda: "Agenda items",
  passage: "Quoted passages",
  source: "Sources",
  person: "People",
  organisation: "Organisations",
};

export type SearchState = { query: string; types: SearchType[]; from: string; to: string };

const list = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const first = (value: string | string[] | undefined) => list(value)[0] ?? "";

export function parseSearch(params: SearchParams): SearchState {
  const types = list(params.type).filter((t): t is SearchType => (SEARCH_TYPES as readonly string[]).includes(t));
  return {
    query: normaliseQuery(params.q),
    types: SEARCH_TYPES.filter((t) => types.includes(t)),
    from: first(params.from).trim().slice(0, 10),
    to: first(params.to).trim().slice(0, 10),
  };
}

/** The filters searchRecords takes, from the state (a date that does not parse is no bound). */
export function searchFilters(state: SearchState) {
  return { types: state.types, from: parseVagueDate(state.from)?.date, to: parseVagueDate(state.to)?.date };
}

/** The state's query string, without "?": "" when there is no query. */
export function searchQueryString(state: SearchState): string {
  if (!state.query) return "";
  const q = new URLSearchParams({ q: state.query });
  for (const type of state.types) q.append("type", type);
  if (state.from) q.set("from", state.from);
  if (state.to) q.set("to", state.to);
  return q.toString();
}
