import type { Metadata } from "next";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { getParticipationForEdit } from "@/lib/participations/queries";
import { participationFormValues } from "@/lib/participations/form-values";
import { PageHeader } from "@/components/ui/page-header";
import { ParticipationForm } from "@/components/participations/participation-form";
import { updateParticipationAction } from "../../../dialogues/actions";
import { editing } from "@/lib/forms/form-state";

export const metadata: Metadata = { title: "Edit participant" };

export default async function EditParticipationPage({ params }: { params: Promise<{ id: string }> }) {
  const participation = await loadPageRecord(params, getParticipationForEdit, "ANALYST");
  return (
    <>
      <PageHeader title="Edit participant" eyebrow={participation.dialogue.title} />
      <ParticipationForm action={updateParticipationAction} {...editing(participation, participationFormValues)} />
    </>
  );
}
