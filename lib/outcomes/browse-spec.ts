import { rules, type BrowseSpec, type BrowseState } from "@/lib/browse/state";
import { followUpStatusLabel, outcomeKindLabel } from "@/lib/labels";

/** What the outcomes page can be filtered and sorted by (all of it in the URL). */
export const outcomeBrowse = {
  filters: {
    topic: rules.slug(),
    kind: rules.oneOf(outcomeKindLabel),
    followUp: rules.oneOf(followUpStatusLabel),
    series: rules.id(),
  },
  sorts: { newest: "Newest meeting first", due: "Due date" },
  defaultSort: "newest" as const,
} satisfies BrowseSpec<string, string>;

export type OutcomeBrowseState = BrowseState<keyof typeof outcomeBrowse.filters, keyof typeof outcomeBrowse.sorts>;
