import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import type { Metadata } from "next";
import { listDialogues } from "@/lib/dialogues/queries";
import { parsePage } from "@/lib/pagination";
import { DialogueList } from "@/components/dialogues/dialogue-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dialogues" };

export default async function DialoguesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const result = await listDialogues(parsePage((await searchParams).page));
  return (
    <>
      <PageHeader title="Dialogues">
        {hasRole(user.role, "ANALYST") ? <p className="toolbar"><Link className="button" href="/dialogues/new">New dialogue</Link><Link className="button secondary" href="/series/new">New series</Link></p> : null}
      </PageHeader>
      <DialogueList dialogues={result.items} empty="No dialogues recorded yet." />
      <Pagination basePath="/dialogues" {...result} />
    </>
  );
}
