import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getAgreementForEdit } from "@/lib/agreements/queries";
import { agreementFormValues } from "@/lib/agreements/mutations";
import { parseId } from "@/lib/params";
import { PageHeader } from "@/components/ui/page-header";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { updateAgreementAction } from "../../actions";

export const metadata: Metadata = { title: "Edit agreement" };

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ANALYST");
  const id = parseId((await params).id);
  const agreement = id ? await getAgreementForEdit(id) : null;
  if (!agreement) notFound();
  return (
    <>
      <PageHeader title={`Edit: ${agreement.title}`} />
      <AgreementForm action={updateAgreementAction} initial={agreementFormValues(agreement)} record={{ id: agreement.id, version: agreement.version }} cancelHref={`/agreements/${agreement.id}`} />
    </>
  );
}
