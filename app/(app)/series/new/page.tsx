import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { SeriesForm } from "@/components/series/series-form";
import { createSeriesAction } from "../actions";

export const metadata: Metadata = { title: "New dialogue series" };

export default async function NewSeriesPage() {
  await requireRole("ANALYST");
  return (
    <>
      <PageHeader title="New dialogue series" />
      <SeriesForm action={createSeriesAction} />
    </>
  );
}
