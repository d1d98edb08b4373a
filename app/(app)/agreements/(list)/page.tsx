import type { SearchParamsProps } from "@/lib/params";
import { loadBrowsePage } from "@/lib/browse/page";
import Link from "next/link";
import type { Metadata } from "next";
import { browseAgreements } from "@/lib/agreements/browse";
import { agreementBrowse } from "@/lib/agreements/browse-spec";
import { timelineQueryString } from "@/lib/timeline/query";
import { agreementKindLabel, agreementStatusLabel } from "@/lib/labels";
import { DateText } from "@/components/ui/date-text";
import { TableHead } from "@/components/ui/table-head";
import { BrowsePage } from "@/components/browse/browse-page";

const FACETS = [
  ["Status", "status"],
  ["Kind", "kind"],
  ["Parties", "party"],
  ["Signatory organisation", "signatory"],
  ["Dialogue series", "series"],
  ["Year signed", "year"],
] as const;

export const metadata: Metadata = { title: "Agreements" };

export default async function AgreementsPage({ searchParams }: SearchParamsProps) {
  const page = await loadBrowsePage("/agreements", agreementBrowse, browseAgreements, searchParams);
  return (
    <BrowsePage
      title="Agreements"
      page={page}
      facets={FACETS}
      noun={["agreement", "agreements"]}
      create={[["New agreement", "/agreements/new"]]}
      timelineHref={`/timeline${timelineQueryString({ of: "agreements", state: page.state })}`}
    >
      <table className="cards">
        <TableHead columns={["Title", "Kind", "Parties", "Status", "Signed"]} />
        <tbody>
          {page.result.items.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/agreements/${a.id}`}>{a.title}</Link>
              </td>
              <td data-label="Kind">{agreementKindLabel[a.kind]}</td>
              <td data-label="Parties">{a.parties}</td>
              <td data-label="Status">{agreementStatusLabel[a.status]}</td>
              <td data-label="Signed">
                {a.signedDate ? <DateText date={a.signedDate} precision={a.signedPrecision} /> : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </BrowsePage>
  );
}
