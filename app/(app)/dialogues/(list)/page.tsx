import type { SearchParamsProps } from "@/lib/params";
import { loadBrowsePage } from "@/lib/browse/page";
import type { Metadata } from "next";
import { browseDialogues } from "@/lib/dialogues/browse";
import { dialogueBrowse } from "@/lib/dialogues/browse-spec";
import { timelineQueryString } from "@/lib/timeline/query";
import { DialogueList } from "@/components/dialogues/dialogue-list";
import { BrowsePage } from "@/components/browse/browse-page";

const FACETS = [
  ["Series", "series"],
  ["Countries", "country"],
  ["Level", "level"],
  ["Status", "status"],
  ["Year", "year"],
] as const;

export const metadata: Metadata = { title: "Dialogues" };

export default async function DialoguesPage({ searchParams }: SearchParamsProps) {
  const page = await loadBrowsePage("/dialogues", dialogueBrowse, browseDialogues, searchParams);
  return (
    <BrowsePage
      title="Dialogues"
      page={page}
      facets={FACETS}
      noun={["dialogue", "dialogues"]}
      create={[
        ["New dialogue", "/dialogues/new"],
        ["New series", "/series/new"],
      ]}
      timelineHref={`/timeline${timelineQueryString({ of: "dialogues", state: page.state })}`}
    >
      <DialogueList dialogues={page.result.items} empty="No dialogues match." />
    </BrowsePage>
  );
}
