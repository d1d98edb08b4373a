import type { Metadata } from "next";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { getPersonForEdit } from "@/lib/people/queries";
import { personFormValues } from "@/lib/people/form-values";
import { countryOptions } from "@/lib/reference/countries";
import { PageHeader } from "@/components/ui/page-header";
import { PersonForm } from "@/components/people/person-form";
import { updatePersonAction } from "../../actions";
import { editing } from "@/lib/forms/form-state";

export const metadata: Metadata = { title: "Edit person" };

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const person = await loadPageRecord(params, getPersonForEdit, "ANALYST");
  return (
    <>
      <PageHeader title={`Edit: ${person.name}`} />
      <PersonForm action={updatePersonAction} {...editing(person, personFormValues)} countries={countryOptions()} />
    </>
  );
}
