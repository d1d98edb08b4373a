import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { browseOutcomes } from "@/lib/outcomes/browse";
import { outcomeBrowse } from "@/lib/outcomes/browse-spec";
import { parseState } from "@/lib/browse/state";
import { topicTree } from "@/lib/topics/queries";
import { PageHeader } from "@/components/ui/page-header";
import { BrowseFrame } from "@/components/browse/browse-frame";
import { FacetList, TopicFacet } from "@/components/browse/facets";
import { OutcomeList } from "@/components/outcomes/outcome-list";

export const metadata: Metadata = { title: "Outcomes" };

export default async function OutcomesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser();
  const state = parseState(outcomeBrowse, await searchParams);
  const [result, tree] = await Promise.all([browseOutcomes(state), topicTree()]);
  const { facets } = result;
  const nav = { basePath: "/outcomes", spec: outcomeBrowse, state };
  return (
    <>
      <PageHeader title="Outcomes">
        <p className="muted">
          What every meeting decided, committed to and announced. Outcomes are recorded on their meeting&rsquo;s page.
        </p>
      </PageHeader>
      <BrowseFrame
        {...nav}
        total={result.total}
        pageCount={result.pageCount}
        noun={["outcome", "outcomes"]}
        facets={
          <>
            <TopicFacet {...nav} facet="topic" nodes={tree} counts={facets.topic} />
            <FacetList {...nav} title="Kind" facet="kind" values={facets.kind} />
            <FacetList {...nav} title="Follow-up" facet="followUp" values={facets.followUp} />
            <FacetList {...nav} title="Series" facet="series" values={facets.series} />
          </>
        }
      >
        <OutcomeList outcomes={result.items} showMeeting />
      </BrowseFrame>
    </>
  );
}
