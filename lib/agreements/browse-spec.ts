import { rules, type BrowseSpec, type BrowseState } from "@/lib/browse/state";
import { agreementKindLabel, agreementStatusLabel } from "@/lib/labels";

/** What the agreements page can be filtered and sorted by (all of it in the URL). */
export const agreementBrowse = {
  filters: {
    topic: rules.slug(),
    status: rules.oneOf(agreementStatusLabel),
    kind: rules.oneOf(agreementKindLabel),
    party: rules.countries(),
    signatory: rules.id(),
    series: rules.id(),
    year: rules.year(),
  },
  sorts: { changed: "Last status change", signed: "Date signed", title: "Title" },
  defaultSort: "changed" as const,
} satisfies BrowseSpec<string, string>;

export type AgreementBrowseState = BrowseState<
  keyof typeof agreementBrowse.filters,
  keyof typeof agreementBrowse.sorts
>;
