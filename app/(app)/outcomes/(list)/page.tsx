import type { SearchParamsProps } from "@/lib/params";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { browseOutcomes } from "@/lib/outcomes/browse";
import { outcomeBrowse } from "@/lib/outcomes/browse-spec";
import { parseState } from "@/lib/browse/state";
import { topicTree } from "@/lib/topics/queries";
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
        result={result}
        noun={["outcome", "outcomes"]}
        facets={<Facets nav={nav} tree={tree} counts={facets} lists={FACETS} />}
      >
        <OutcomeList outcomes={result.items} showMeeting />
      </BrowseFrame>
    </>
  );
}
