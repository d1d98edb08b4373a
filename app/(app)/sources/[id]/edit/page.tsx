import type { Metadata } from "next";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { getSourceForEdit } from "@/lib/sources/queries";
import { sourceFormValues } from "@/lib/sources/form-values";
import { PageHeader } from "@/components/ui/page-header";
import { SourceForm } from "@/components/sources/source-form";
import { updateSourceAction } from "../../actions";

export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const source = await loadPageRecord(params, getSourceForEdit, "ANALYST");
  return (
    <>
      <PageHeader title={`Edit: ${source.title}`} />
      <SourceForm
        action={updateSourceAction}
        record={{ id: source.id, version: source.version }}
        initial={sourceFormValues(source)}
      />
    </>
  );
}
