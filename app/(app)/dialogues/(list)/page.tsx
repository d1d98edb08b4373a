import Link from "next/link";
import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { browseDialogues } from "@/lib/dialogues/browse";
import { dialogueBrowse } from "@/lib/dialogues/browse-spec";
import { parseState } from "@/lib/browse/state";
import { timelineQueryString } from "@/lib/timeline/query";
import { topicTree } from "@/lib/topics/queries";
import { DialogueList } from "@/components/dialogues/dialogue-list";
import { PageHeader } from "@/components/ui/page-header";
import { BrowseFrame } from "@/components/browse/browse-frame";
import { FacetList, TopicFacet } from "@/components/browse/facets";

export const metadata: Metadata = { title: "Dialogues" };

export default async function DialoguesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const state = parseState(dialogueBrowse, await searchParams);
  const [result, tree] = await Promise.all([browseDialogues(state), topicTree()]);
  const { facets } = result;
  const nav = { basePath: "/dialogues", spec: dialogueBrowse, state };
  return (
    <>
      <PageHeader title="Dialogues">
        {hasRole(user.role, "ANALYST") ? (
          <p className="toolbar">
            <Link className="button" href="/dialogues/new">
              New dialogue
            </Link>
            <Link className="button secondary" href="/series/new">
              New series
            </Link>
          </p>
        ) : null}
      </PageHeader>
      <BrowseFrame
        {...nav}
        total={result.total}
        pageCount={result.pageCount}
        timelineHref={`/timeline${timelineQueryString({ of: "dialogues", state })}`}
        noun={["dialogue", "dialogues"]}
        facets={
          <>
            <TopicFacet {...nav} facet="topic" nodes={tree} counts={facets.topic} />
            <FacetList {...nav} title="Series" facet="series" values={facets.series} />
            <FacetList {...nav} title="Countries" facet="country" values={facets.country} />
            <FacetList {...nav} title="Level" facet="level" values={facets.level} />
            <FacetList {...nav} title="Status" facet="status" values={facets.status} />
            <FacetList {...nav} title="Year" facet="year" values={facets.year} />
          </>
        }
      >
        <DialogueList dialogues={result.items} empty="No dialogues match." />
      </BrowseFrame>
    </>
  );
}
