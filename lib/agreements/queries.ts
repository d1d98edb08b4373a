import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { columns } from "@/lib/forms/form-values";
import { citationsFor } from "@/lib/sources/queries";
import { linksFor } from "@/lib/links/queries";
import { agreementEditSelect } from "./form-values";

const live = { deletedAt: null };

export const getAgreement = cache(async (id: number) => {
  const agreement = await db.agreement.findFirst({
    where: { id, ...live },
    select: {
      ...columns("id", "title", "kind", "legallyBinding", "status", "statusChangedAt", "signedDate"),
      ...columns("signedPrecision", "entryIntoForceDate", "entryIntoForcePrecision", "expiryDate"),
      ...columns("expiryPrecision", "summary", "documentUrl", "version"),
      ...columns("termMonths", "autoRenews", "renewalMonths", "noticeDays"),
      dialogue: { select: { id: true, title: true } },
      parties: { select: { country: { select: { code: true, name: true } } } },
      signatories: {
        select: {
          id: true,
          note: true,
          organisation: { select: { id: true, name: true, acronym: true } },
          person: { select: { id: true, name: true } },
          country: { select: { code: true, name: true } },
        },
      },
      topics: { select: { topic: { select: { name: true, slug: true } } } },
      statusHistory: {
        orderBy: [{ date: "asc" }, { id: "asc" }],
        select: { id: true, status: true, date: true, precision: true, note: true },
      },
    },
  });
  if (!agreement) return null;
  const [citations, links] = await Promise.all([
    citationsFor([{ recordType: "AGREEMENT", ids: [id] }]),
    linksFor("AGREEMENT", id),
  ]);
  return { ...agreement, citations, links };
});

export async function getAgreementForEdit(id: number) {
  return db.agreement.findFirst({ where: { id, ...live }, select: { id: true, ...agreementEditSelect } });
}
