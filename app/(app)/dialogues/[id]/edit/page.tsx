import type { Metadata } from "next";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { getDialogueForEdit } from "@/lib/dialogues/queries";
import { dialogueFormValues } from "@/lib/dialogues/form-values";
import { seriesOptions } from "@/lib/series/queries";
import { countryOptions } from "@/lib/reference/countries";
import { PageHeader } from "@/components/ui/page-header";
import { DialogueForm } from "@/components/dialogues/dialogue-form";
import { updateDialogueAction } from "../../actions";
import { editing } from "@/lib/forms/form-state";

export const metadata: Metadata = { title: "Edit dialogue" };

export default async function EditDialoguePage({ params }: { params: Promise<{ id: string }> }) {
  const dialogue = await loadPageRecord(params, getDialogueForEdit, "ANALYST");
  return (
    <>
      <PageHeader title={`Edit: ${dialogue.title}`} />
      <DialogueForm
        action={updateDialogueAction}
        {...editing(dialogue, dialogueFormValues)}
        series={await seriesOptions()}
        countries={countryOptions()}
        cancelHref={`/dialogues/${dialogue.id}`}
      />
    </>
  );
}
