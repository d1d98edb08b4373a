import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { seriesOptions } from "@/lib/series/queries";
import { countryOptions } from "@/lib/reference/countries";
import { PageHeader } from "@/components/ui/page-header";
import { DialogueForm } from "@/components/dialogues/dialogue-form";
import { createDialogueAction } from "../actions";

export const metadata: Metadata = { title: "New dialogue" };

export default async function NewDialoguePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireRole("ANALYST");
  const params = await searchParams;
  return (
    <>
      <PageHeader title="New dialogue" />
      <DialogueForm
        action={createDialogueAction}
        initial={{
          seriesId: params.series ?? "",
          level: "SENIOR_OFFICIALS",
          status: "HELD",
          announcedById: params.announcedBy ?? "",
        }}
        series={await seriesOptions()}
        countries={countryOptions()}
        cancelHref="/dialogues"
      />
    </>
  );
}
