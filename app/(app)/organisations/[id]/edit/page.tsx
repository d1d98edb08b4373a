import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getOrganisationForEdit } from "@/lib/people/queries";
import { organisationFormValues } from "@/lib/people/form-values";
import { countryOptions } from "@/lib/reference/countries";
import { parseId } from "@/lib/params";
import { PageHeader } from "@/components/ui/page-header";
import { OrganisationForm } from "@/components/people/organisation-form";
import { updateOrganisationAction } from "../../../people/actions";

export const metadata: Metadata = { title: "Edit organisation" };

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ANALYST");
  const id = parseId((await params).id);
  const organisation = id ? await getOrganisationForEdit(id) : null;
  if (!organisation) notFound();
  return (
    <>
      <PageHeader title={`Edit: ${organisation.name}`} />
      <OrganisationForm action={updateOrganisationAction} initial={organisationFormValues(organisation)} record={organisation} countries={countryOptions()} />
    </>
  );
}
