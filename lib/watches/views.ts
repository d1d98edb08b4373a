import { parseState, stateQuery, type BrowseSpec } from "@/lib/browse/state";
import { agreementBrowse } from "@/lib/agreements/browse-spec";
import { dialogueBrowse } from "@/lib/dialogues/browse-spec";
import { outcomeBrowse } from "@/lib/outcomes/browse-spec";
import type { SearchParams } from "@/lib/params";
import { parseSearch, searchQueryString } from "@/lib/search/params";

// The pages a view can be saved from, and the one spelling of a view's filters: what the page
// itself reads from its address, written back, so two ways of writing the same filters are one view.

export const SAVED_VIEW_PAGES = ["agreements", "dialogues", "outcomes", "search"] as const;
export type SavedViewPage = (typeof SAVED_VIEW_PAGES)[number];

export const savedViewPageLabel: Record<SavedViewPage, string> = {
  agreements: "Agreements",
  dialogues: "Dialogues",
  outcomes: "Outcomes",
  search: "Search",
};

const SPECS: Record<Exclude<SavedViewPage, "search">, BrowseSpec<string, string>> = {
  agreements: agreementBrowse,
  dialogues: dialogueBrowse,
  outcomes: outcomeBrowse,
};

/** The query string as a page's search params: repeated names keep every value. */
export function paramsOf(query: string): SearchParams {
  const q = new URLSearchParams(query);
  return Object.fromEntries([...new Set(q.keys())].map((key) => [key, q.getAll(key)]));
}

/** The view's filters as the page spells them (without "?"), always from its first page. */
export function canonicalViewQuery(page: SavedViewPage, query: string): string {
  const params = paramsOf(query);
  if (page === "search") return searchQueryString(parseSearch(params));
  const spec = SPECS[page];
  return stateQuery(spec, { ...parseState(spec, params), page: 1 }).replace(/^\?/, "");
}

/** The page of a view, with its filters: the address to share. */
export const viewHref = (page: SavedViewPage, query: string) => `/${page}${query ? `?${query}` : ""}`;
