import type { SearchParamsProps } from "@/lib/params";
import { loadBrowsePage } from "@/lib/browse/page";
import Link from "next/link";
import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { browseAgreements } from "@/lib/agreements/browse";
import { agreementBrowse } from "@/lib/agreements/browse-spec";
import { timelineQueryString } from "@/lib/timeline/query";
import { agreementKindLabel, agreementStatusLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DateText } from "@/components/ui/date-text";
import { BrowseFrame } from "@/components/browse/browse-frame";
import { Facets } from "@/components/browse/facets";
import { TableHead } from "@/components/ui/table-head";

/** The facets beside the results, after the theme tree: title and filter. */
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
  const { user, state, result, tree, nav } = await loadBrowsePage(
    "/agreements",
    agreementBrowse,
    browseAgreements,
    searchParams,
  );
  const { facets } = result;
  return (
    <>
      <PageHeader title="Agreements">
        {hasRole(user.role, "ANALYST") ? (
          <p>
            <Link className="button" href="/agreements/new">
              New agreement
            </Link>
          </p>
        ) : null}
      </PageHeader>
      <BrowseFrame
        {...nav}
        result={result}
        timelineHref={`/timeline${timelineQueryString({ of: "agreements", state })}`}
        noun={["agreement", "agreements"]}
        facets={<Facets nav={nav} tree={tree} counts={facets} lists={FACETS} />}
      >
        <table>
          <TableHead columns={["Title", "Kind", "Parties", "Status", "Signed"]} />
          <tbody>
            {result.items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/agreements/${a.id}`}>{a.title}</Link>
                </td>
                <td>{agreementKindLabel[a.kind]}</td>
                <td>{a.parties}</td>
                <td>{agreementStatusLabel[a.status]}</td>
                <td>{a.signedDate ? <DateText date={a.signedDate} precision={a.signedPrecision} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </BrowseFrame>
    </>
  );
}
