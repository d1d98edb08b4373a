import type { Metadata } from "next";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { getCitationForEdit } from "@/lib/sources/queries";
import { citationFormValues } from "@/lib/sources/form-values";
import { PageHeader } from "@/components/ui/page-header";
import { CitationEditForm } from "@/components/sources/citation-edit-form";
import { updateCitationAction } from "../../../sources/actions";
import { editing } from "@/lib/forms/form-state";

export const metadata: Metadata = { title: "Edit citation" };

export default async function EditCitationPage({ params }: { params: Promise<{ id: string }> }) {
  const citation = await loadPageRecord(params, getCitationForEdit, "ANALYST");
  return (
    <>
      <PageHeader title="Edit citation" eyebrow={citation.source.title} />
      <CitationEditForm action={updateCitationAction} {...editing(citation, citationFormValues)} />
    </>
  );
}
