import type { Metadata } from "next";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { getOrganisationForEdit } from "@/lib/organisations/queries";
import { organisationFormValues } from "@/lib/organisations/form-values";
import { countryOptions } from "@/lib/reference/countries";
import { PageHeader } from "@/components/ui/page-header";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { updateOrganisationAction } from "../../actions";
import { editing } from "@/lib/forms/form-state";

export const metadata: Metadata = { title: "Edit organisation" };

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const organisation = await loadPageRecord(params, getOrganisationForEdit, "ANALYST");
  return (
    <>
      <PageHeader title={`Edit: ${organisation.name}`} />
      <OrganisationForm
        action={updateOrganisationAction}
        {...editing(organisation, organisationFormValues)}
        countries={countryOptions()}
      />
    </>
  );
}
