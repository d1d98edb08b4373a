import type { SearchParamsProps } from "@/lib/params";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { SourceForm } from "@/components/sources/source-form";
import { createSourceAction } from "../actions";
import { localPathOr } from "@/lib/security/safe-path";

export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage({ searchParams }: SearchParamsProps) {
  await requireRole("ANALYST");
  const returnTo = (await searchParams).returnTo;
  return (
    <>
      <PageHeader title="New source" />
      <SourceForm action={createSourceAction} returnTo={localPathOr(returnTo, undefined)} />
    </>
  );
}
