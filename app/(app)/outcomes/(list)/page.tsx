import type { SearchParamsProps } from "@/lib/params";
import { loadBrowsePage } from "@/lib/browse/page";
import type { Metadata } from "next";
import { browseOutcomes } from "@/lib/outcomes/browse";
import { outcomeBrowse } from "@/lib/outcomes/browse-spec";
import { OutcomeList } from "@/components/outcomes/outcome-list";
import { BrowsePage } from "@/components/browse/browse-page";

const FACETS = [
  ["Kind", "kind"],
  ["Follow-up", "followUp"],
  ["Series", "series"],
] as const;

export const metadata: Metadata = { title: "Outcomes" };

export default async function OutcomesPage({ searchParams }: SearchParamsProps) {
  const page = await loadBrowsePage("/outcomes", outcomeBrowse, browseOutcomes, searchParams);
  return (
    <BrowsePage
      title="Outcomes"
      page={page}
      facets={FACETS}
      noun={["outcome", "outcomes"]}
      intro={
        <p className="muted">
          What every meeting decided, committed to and announced. Outcomes are recorded on their meeting&rsquo;s page.
        </p>
      }
    >
      <OutcomeList outcomes={page.result.items} showMeeting />
    </BrowsePage>
  );
}
