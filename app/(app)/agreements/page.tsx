import Link from "next/link";
import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { listAgreements } from "@/lib/agreements/queries";
import { parsePage } from "@/lib/pagination";
import { agreementKindLabel, agreementStatusLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { DateText } from "@/components/ui/date-text";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Agreements" };

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const result = await listAgreements(parsePage((await searchParams).page));
  return (
    <>
      <PageHeader title="Agreements">
        {hasRole(user.role, "ANALYST") ? <p><Link className="button" href="/agreements/new">New agreement</Link></p> : null}
      </PageHeader>
      {result.items.length === 0 ? <p className="muted">No agreements recorded yet.</p> : (
        <table>
          <thead><tr><th scope="col">Title</th><th scope="col">Kind</th><th scope="col">Parties</th><th scope="col">Status</th><th scope="col">Signed</th></tr></thead>
          <tbody>
            {result.items.map((a) => (
              <tr key={a.id}>
                <td><Link href={`/agreements/${a.id}`}>{a.title}</Link></td>
                <td>{agreementKindLabel[a.kind]}</td>
                <td>{a.parties.map((p) => p.country.name).join(", ")}</td>
                <td>{agreementStatusLabel[a.status]}</td>
                <td>{a.signedDate ? <DateText date={a.signedDate} precision={a.signedPrecision} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination basePath="/agreements" {...result} />
    </>
  );
}
