import type { Metadata } from "next";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { getOutcomeForEdit } from "@/lib/outcomes/queries";
import { outcomeFormValues } from "@/lib/outcomes/form-values";
import { participationRoleLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { OutcomeForm } from "@/components/outcomes/outcome-form";
import { updateOutcomeAction } from "../../../dialogues/actions";
import { editing } from "@/lib/forms/form-state";

export const metadata: Metadata = { title: "Edit outcome" };

export default async function EditOutcomePage({ params }: { params: Promise<{ id: string }> }) {
  const outcome = await loadPageRecord(params, getOutcomeForEdit, "ANALYST");
  return (
    <>
      <PageHeader title="Edit outcome" eyebrow={outcome.dialogue.title} />
      <OutcomeForm
        action={updateOutcomeAction}
        {...editing(outcome, outcomeFormValues)}
        agreements={outcome.dialogue.agreements.map((a) => ({ id: a.id, label: a.title }))}
        participants={outcome.dialogue.participations.map((p) => ({
          id: p.id,
          label: `${p.person?.name ?? "Participant"} (${participationRoleLabel[p.role].toLowerCase()})`,
        }))}
      />
    </>
  );
}
