import type { Metadata } from "next";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { getSourceForEdit } from "@/lib/sources/queries";
import { sourceFormValues } from "@/lib/sources/form-values";
import { PageHeader } from "@/components/ui/page-header";
import { SourceForm } from "@/components/sources/source-form";
import { updateSourceAction } from "../../actions";
import { editing } from "@/lib/forms/form-state";

export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const source = await loadPageRecord(params, getSourceForEdit, "ANALYST");
  return (
    <>
      <PageHeader title={`Edit: ${source.title}`} />
      <SourceForm action={updateSourceAction} {...editing(source, sourceFormValues)} />
    </>
  );
}
