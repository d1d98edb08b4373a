import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getPersonForEdit } from "@/lib/people/queries";
import { personFormValues } from "@/lib/people/form-values";
import { countryOptions } from "@/lib/reference/countries";
import { parseId } from "@/lib/params";
import { PageHeader } from "@/components/ui/page-header";
import { PersonForm } from "@/components/people/person-form";
import { updatePersonAction } from "../../actions";

export const metadata: Metadata = { title: "Edit person" };

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ANALYST");
  const id = parseId((await params).id);
  const person = id ? await getPersonForEdit(id) : null;
  if (!person) notFound();
  return (
    <>
      <PageHeader title={`Edit: ${person.name}`} />
      <PersonForm action={updatePersonAction} initial={personFormValues(person)} record={person} countries={countryOptions()} />
    </>
  );
}
