import { parseState, rules, stateQuery, type BrowseSpec, type BrowseState, type RawParams } from "@/lib/browse/state";
import { agreementBrowse, type AgreementBrowseState } from "@/lib/agreements/browse-spec";
import { dialogueBrowse, type DialogueBrowseState } from "@/lib/dialogues/browse-spec";
import { EVENT_TYPE_LABEL } from "./event";

// What a timeline shows, all in the URL: a series, a theme, a country or country pair, a person,
// an organisation, one meeting or one agreement, a span of years, and any mix of these ("India-US on narcotics since 2018");
// or, with ?of=agreements / ?of=dialogues, exactly the filtered list of that page.

export const timelineBrowse = {
  filters: {
    series: rules.id(),
    topic: rules.slug(),
    country: rules.countries(),
    person: rules.id(),
    organisation: rules.id(),
    /** one meeting: it, the agreements signed or discussed at it, its commitments */
    dialogue: rules.id(),
    /** one agreement: its milestones, the meeting it came from, the commitments about it */
    agreement: rules.id(),
    from: rules.year(),
    to: rules.year(),
    type: rules.oneOf(EVENT_TYPE_LABEL),
  },
  sorts: { date: "Date" },
  defaultSort: "date" as const,
} satisfies BrowseSpec<string, string>;

export type TimelineState = BrowseState<keyof typeof timelineBrowse.filters, "date">;

export type TimelineQuery =
  | { of: "timeline"; state: TimelineState }
  | { of: "agreements"; state: AgreementBrowseState }
  | { of: "dialogues"; state: DialogueBrowseState };

export function parseTimelineQuery(raw: RawParams): TimelineQuery {
  const of = Array.isArray(raw.of) ? raw.of[0] : raw.of;
  if (of === "agreements") return { of, state: parseState(agreementBrowse, raw) };
  if (of === "dialogues") return { of, state: parseState(dialogueBrowse, raw) };
  return { of: "timeline", state: parseState(timelineBrowse, raw) };
}

/** The query string for a timeline (no page or sort: a timeline runs by date). */
export function timelineQueryString(query: TimelineQuery): string {
  const text = (() => {
    switch (query.of) {
      case "agreements":
        return stateQuery(agreementBrowse, { ...query.state, page: 1, sort: agreementBrowse.defaultSort });
      case "dialogues":
        return stateQuery(dialogueBrowse, { ...query.state, page: 1, sort: dialogueBrowse.defaultSort });
      default:
        return stateQuery(timelineBrowse, { ...query.state, page: 1 });
    }
  })().replace(/^\?/, "");
  const q = [query.of === "timeline" ? "" : `of=${query.of}`, text].filter(Boolean).join("&");
  return q ? `?${q}` : "";
}

/** For a timeline of a filtered list, that list's page with the same filters. */
export function listHref(query: TimelineQuery): string | null {
  if (query.of === "agreements") return `/agreements${stateQuery(agreementBrowse, { ...query.state, page: 1 })}`;
  if (query.of === "dialogues") return `/dialogues${stateQuery(dialogueBrowse, { ...query.state, page: 1 })}`;
  return null;
}
