import type { Metadata } from "next";
import { listDialogues } from "@/lib/dialogues/queries";
import { parsePage } from "@/lib/pagination";
import { DialogueList } from "@/components/dialogues/dialogue-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Dialogues" };

export default async function DialoguesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const result = await listDialogues(parsePage((await searchParams).page));
  return (
    <>
      <PageHeader title="Dialogues" />
      <DialogueList dialogues={result.items} empty="No dialogues recorded yet." />
      <Pagination basePath="/dialogues" {...result} />
    </>
  );
}
