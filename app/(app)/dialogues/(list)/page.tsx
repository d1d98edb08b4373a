import type { SearchParamsProps } from "@/lib/params";
import { loadBrowsePage } from "@/lib/browse/page";
import Link from "next/link";
import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { browseDialogues } from "@/lib/dialogues/browse";
import { dialogueBrowse } from "@/lib/dialogues/browse-spec";
import { timelineQueryString } from "@/lib/timeline/query";
import { DialogueList } from "@/components/dialogues/dialogue-list";
import { PageHeader } from "@/components/ui/page-header";
import { BrowseFrame } from "@/components/browse/browse-frame";
import { Facets } from "@/components/browse/facets";

/** The facets beside the results, after the theme tree: title and filter. */
const FACETS = [
  ["Series", "series"],
  ["Countries", "country"],
  ["Level", "level"],
  ["Status", "status"],
  ["Year", "year"],
] as const;

export const metadata: Metadata = { title: "Dialogues" };

export default async function DialoguesPage({ searchParams }: SearchParamsProps) {
  const { user, state, result, tree, nav } = await loadBrowsePage(
    "/dialogues",
    dialogueBrowse,
    browseDialogues,
    searchParams,
  );
  const { facets } = result;
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
        result={result}
        timelineHref={`/timeline${timelineQueryString({ of: "dialogues", state })}`}
        noun={["dialogue", "dialogues"]}
        facets={<Facets nav={nav} tree={tree} counts={facets} lists={FACETS} />}
      >
        <DialogueList dialogues={result.items} empty="No dialogues match." />
      </BrowseFrame>
    </>
  );
}
