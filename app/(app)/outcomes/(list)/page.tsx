import type { SearchParamsProps } from "@/lib/params";
import { loadBrowsePage } from "@/lib/browse/page";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { browseOutcomes } from "@/lib/outcomes/browse";
import { outcomeBrowse } from "@/lib/outcomes/browse-spec";
import { PageHeader } from "@/components/ui/page-header";
import { BrowseFrame } from "@/components/browse/browse-frame";
import { Facets } from "@/components/browse/facets";
import { OutcomeList } from "@/components/outcomes/outcome-list";

/** The facets beside the results, after the theme tree: title and filter. */
const FACETS = [
  ["Kind", "kind"],
  ["Follow-up", "followUp"],
  ["Series", "series"],
] as const;

export const metadata: Metadata = { title: "Outcomes" };

export default async function OutcomesPage({ searchParams }: SearchParamsProps) {
  await requireUser();
  const { result, tree, nav } = await loadBrowsePage("/outcomes", outcomeBrowse, browseOutcomes, searchParams);
  const { facets } = result;
  return (
    <>
      <PageHeader title="Outcomes">
        <p className="muted">
          What every meeting decided, committed to and announced. Outcomes are recorded on their meeting&rsquo;s page.
        </p>
      </PageHeader>
      <BrowseFrame
        {...nav}
        result={result}
        noun={["outcome", "outcomes"]}
        facets={<Facets nav={nav} tree={tree} counts={facets} lists={FACETS} />}
      >
        <OutcomeList outcomes={result.items} showMeeting />
      </BrowseFrame>
    </>
  );
}
