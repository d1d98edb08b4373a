import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { browseAgreements } from "@/lib/agreements/browse";
import { agreementBrowse } from "@/lib/agreements/browse-spec";
import { parseState } from "@/lib/browse/state";
import { timelineQueryString } from "@/lib/timeline/query";
import { topicTree } from "@/lib/topics/queries";
import { agreementKindLabel, agreementStatusLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DateText } from "@/components/ui/date-text";
import { BrowseFrame } from "@/components/browse/browse-frame";
import { FacetList, TopicFacet } from "@/components/browse/facets";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "Agreements" };

export default async function AgreementsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const state = parseState(agreementBrowse, await searchParams);
  const [result, tree] = await Promise.all([browseAgreements(state), topicTree()]);
  const { facets } = result;
  const nav = { basePath: "/agreements", spec: agreementBrowse, state };
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
        total={result.total}
        pageCount={result.pageCount}
        timelineHref={`/timeline${timelineQueryString({ of: "agreements", state })}`}
        noun={["agreement", "agreements"]}
        facets={
          <>
            <TopicFacet {...nav} facet="topic" nodes={tree} counts={facets.topic} />
            <FacetList {...nav} title="Status" facet="status" values={facets.status} />
            <FacetList {...nav} title="Kind" facet="kind" values={facets.kind} />
            <FacetList {...nav} title="Parties" facet="party" values={facets.party} />
            <FacetList {...nav} title="Signatory organisation" facet="signatory" values={facets.signatory} />
            <FacetList {...nav} title="Dialogue series" facet="series" values={facets.series} />
            <FacetList {...nav} title="Year signed" facet="year" values={facets.year} />
          </>
        }
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
