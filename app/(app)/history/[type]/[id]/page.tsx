import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { recordHistory } from "@/lib/audit/queries";
import { recordHref, recordTitles, refKey } from "@/lib/records/titles";
import { parseRecordType, recordTypeLabel } from "@/lib/records/registry";
import { parseId } from "@/lib/params";
import { parsePage } from "@/lib/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { AuditTable } from "@/components/audit/audit-table";

export const metadata: Metadata = { title: "History" };

type Props = {
  params: Promise<{ type: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export default async function HistoryPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { type: rawType, id: rawId } = await params;
  const type = parseRecordType(rawType);
  const id = parseId(rawId);
  if (!type || !id) notFound();
  // An account's history (email, role changes, sign-ins, failed attempts) is for admins only.
  if (type === "USER" && !hasRole(user.role, "ADMIN")) forbidden();
  const [history, titles] = await Promise.all([
    recordHistory(type, id, parsePage((await searchParams).page)),
    recordTitles([{ type, id }]),
  ]);
  const titled = titles.get(refKey({ type, id }));
  const title = titled?.title ?? `${recordTypeLabel[type]} #${id}`;
  const href = titled?.href ?? recordHref({ type, id });
  return (
    <>
      <PageHeader title={`History: ${title}`} eyebrow={recordTypeLabel[type]}>
        {href ? (
          <p>
            <Link href={href}>Back to the record</Link>
          </p>
        ) : null}
      </PageHeader>
      <AuditTable events={history.items} />
      <Pagination basePath={`/history/${rawType}/${id}`} {...history} />
    </>
  );
}
