import type { Metadata } from "next";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { getAgreementForEdit } from "@/lib/agreements/queries";
import { agreementFormValues } from "@/lib/agreements/form-values";
import { PageHeader } from "@/components/ui/page-header";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { updateAgreementAction } from "../../actions";
import { editing } from "@/lib/forms/form-state";

export const metadata: Metadata = { title: "Edit agreement" };

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const agreement = await loadPageRecord(params, getAgreementForEdit, "ANALYST");
  return (
    <>
      <PageHeader title={`Edit: ${agreement.title}`} />
      <AgreementForm
        action={updateAgreementAction}
        {...editing(agreement, agreementFormValues)}
        cancelHref={`/agreements/${agreement.id}`}
      />
    </>
  );
}
