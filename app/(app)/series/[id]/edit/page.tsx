import type { Metadata } from "next";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { getSeriesForEdit } from "@/lib/series/queries";
import { seriesFormValues } from "@/lib/series/form-values";
import { PageHeader } from "@/components/ui/page-header";
import { SeriesForm } from "@/components/series/series-form";
import { updateSeriesAction } from "../../actions";
import { editing } from "@/lib/forms/form-state";

export const metadata: Metadata = { title: "Edit series" };

export default async function EditSeriesPage({ params }: { params: Promise<{ id: string }> }) {
  const series = await loadPageRecord(params, getSeriesForEdit, "ANALYST");
  return (
    <>
      <PageHeader title={`Edit: ${series.name}`} />
      <SeriesForm action={updateSeriesAction} {...editing(series, seriesFormValues)} />
    </>
  );
}
