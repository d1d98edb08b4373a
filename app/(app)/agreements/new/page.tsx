import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { getDialogue } from "@/lib/dialogues/queries";
import { parseId } from "@/lib/params";
import { PageHeader } from "@/components/ui/page-header";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { createAgreementAction } from "../actions";

export const metadata: Metadata = { title: "New agreement" };

export default async function NewAgreementPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireRole("ANALYST");
  const dialogueId = parseId((await searchParams).dialogue ?? "");
  const dialogue = dialogueId ? await getDialogue(dialogueId) : null;
  const initial: Record<string, string> = dialogue
    ? {
        dialogueId: String(dialogue.id),
        parties: dialogue.series.parties.map((p) => p.country.name).join(", "),
        statusDate: dialogue.startDate?.toISOString().slice(0, 10) ?? "",
      }
    : {};
  return (
    <>
      <PageHeader title="New agreement" eyebrow={dialogue ? `Signed or discussed at ${dialogue.title}` : undefined} />
      <AgreementForm
        action={createAgreementAction}
        initial={initial}
        cancelHref={dialogue ? `/dialogues/${dialogue.id}` : "/agreements"}
      />
    </>
  );
}
