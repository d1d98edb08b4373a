import type { AgreementKind, AgreementStatus } from "@/lib/domain";

// The agreements page keeps its whole state in the URL (bookmarkable, shareable, back button).
// Pure: parsing and building those URLs.

const STATUSES = ["PROPOSED", "UNDER_NEGOTIATION", "SIGNED", "IN_FORCE", "EXPIRED", "TERMINATED", "WITHDRAWN"] as const;
const KINDS = ["MOU", "MEMORANDUM_OF_COOPERATION", "AGREEMENT", "TREATY", "JOINT_STATEMENT", "JOINT_DECLARATION", "LETTER_OF_INTENT", "PROTOCOL", "EXCHANGE_OF_NOTES", "ACTION_PLAN", "OTHER"] as const;
export const SORTS = { changed: "Last status change", signed: "Date signed", title: "Title" } as const;
export type Sort = keyof typeof SORTS;

export type BrowseParams = {
  topic?: string;
  status: AgreementStatus[];
  kind: AgreementKind[];
  party: string[];
  signatory?: number;
  series?: number;
  year?: number;
  sort: Sort;
  page: number;
};

type Raw = Record<string, string | string[] | undefined>;
const all = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const one = (value: string | string[] | undefined) => all(value)[0];
const positive = (value: string | undefined, max = 2_147_483_647) => (value && /^\d{1,10}$/.test(value) && +value > 0 && +value <= max ? +value : undefined);

export function parseBrowseParams(raw: Raw): BrowseParams {
  const topic = one(raw.topic);
  const sort = one(raw.sort);
  return {
    topic: topic && /^[a-z0-9-]{1,100}$/.test(topic) ? topic : undefined,
    status: [...new Set(all(raw.status).filter((s): s is AgreementStatus => (STATUSES as readonly string[]).includes(s)))],
    kind: [...new Set(all(raw.kind).filter((k): k is AgreementKind => (KINDS as readonly string[]).includes(k)))],
    party: [...new Set(all(raw.party).map((p) => p.toUpperCase()).filter((p) => /^[A-Z]{2}$/.test(p)))].slice(0, 5),
    signatory: positive(one(raw.signatory)),
    series: positive(one(raw.series)),
    year: positive(one(raw.year), 2200),
    sort: sort && sort in SORTS ? (sort as Sort) : "changed",
    page: positive(one(raw.page), 100_000) ?? 1,
  };
}

/** The query string for these params (defaults left out, so URLs stay short). */
export function browseQuery(params: BrowseParams): string {
  const q = new URLSearchParams();
  if (params.topic) q.set("topic", params.topic);
  for (const s of params.status) q.append("status", s);
  for (const k of params.kind) q.append("kind", k);
  for (const p of params.party) q.append("party", p);
  if (params.signatory) q.set("signatory", String(params.signatory));
  if (params.series) q.set("series", String(params.series));
  if (params.year) q.set("year", String(params.year));
  if (params.sort !== "changed") q.set("sort", params.sort);
  if (params.page > 1) q.set("page", String(params.page));
  const text = q.toString();
  return text ? `?${text}` : "";
}

type ListKey = "status" | "kind" | "party";
type OneKey = "topic" | "signatory" | "series" | "year";

/** The params with one facet value switched on or off (back to the first page). */
export function toggle(params: BrowseParams, key: ListKey, value: string): BrowseParams;
export function toggle(params: BrowseParams, key: OneKey, value: string | number): BrowseParams;
export function toggle(params: BrowseParams, key: ListKey | OneKey, value: string | number): BrowseParams {
  if (key === "status" || key === "kind" || key === "party") {
    const list = params[key] as string[];
    const next = list.includes(String(value)) ? list.filter((v) => v !== String(value)) : [...list, String(value)];
    return { ...params, [key]: next, page: 1 };
  }
  return { ...params, [key]: params[key] === value ? undefined : value, page: 1 };
}
