import { rules, type BrowseSpec, type BrowseState } from "@/lib/browse/state";
import { dialogueLevelLabel, dialogueStatusLabel } from "@/lib/labels";

/** What the dialogues page can be filtered and sorted by (all of it in the URL). */
export const dialogueBrowse = {
  filters: {
    topic: rules.slug(),
    series: rules.id(),
    level: rules.oneOf(dialogueLevelLabel),
    country: rules.countries(),
    year: rules.year(),
    status: rules.oneOf(dialogueStatusLabel),
  },
  sorts: { newest: "Newest first", oldest: "Oldest first", title: "Title" },
  defaultSort: "newest" as const,
} satisfies BrowseSpec<string, string>;

export type DialogueBrowseState = BrowseState<keyof typeof dialogueBrowse.filters, keyof typeof dialogueBrowse.sorts>;
