import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { browseAgreements } from "@/lib/agreements/browse";
import { browseQuery, parseBrowseParams, SORTS } from "@/lib/agreements/browse-params";
import { topicTree } from "@/lib/topics/queries";
import { agreementKindLabel, agreementStatusLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DateText } from "@/components/ui/date-text";
import { FacetList, TopicFacet } from "@/components/agreements/facets";
import type { AgreementKind, AgreementStatus } from "@/lib/domain";

export const metadata: Metadata = { title: "Agreements" };

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = parseBrowseParams(await searchParams);
  const [result, tree] = await Promise.all([browseAgreements(params), topicTree()]);
  const { facets } = result;
  const filtered = browseQuery({ ...params, page: 1, sort: "changed" }) !== "";
  return (
    <>
      <PageHeader title="Agreements">
        {hasRole(user.role, "ANALYST") ? <p><Link className="button" href="/agreements/new">New agreement</Link></p> : null}
      </PageHeader>
      <div className="browse">
        <aside aria-label="Filters">
          <section className="facet" aria-label="Themes">
            <h3>Themes</h3>
            <TopicFacet nodes={tree} counts={result.topicCounts} params={params} />
          </section>
          <FacetList title="Status" paramKey="status" params={params} isOn={(v) => params.status.includes(v as AgreementStatus)}
            values={facets.statuses.map((f) => ({ ...f, label: agreementStatusLabel[f.value as AgreementStatus] }))} />
          <FacetList title="Kind" paramKey="kind" params={params} isOn={(v) => params.kind.includes(v as AgreementKind)}
            values={facets.kinds.map((f) => ({ ...f, label: agreementKindLabel[f.value as AgreementKind] }))} />
          <FacetList title="Parties" paramKey="party" params={params} isOn={(v) => params.party.includes(v)} values={facets.parties} />
          <FacetList title="Signatory organisation" paramKey="signatory" params={params} isOn={(v) => params.signatory === Number(v)} values={facets.signatories} />
          <FacetList title="Dialogue series" paramKey="series" params={params} isOn={(v) => params.series === Number(v)} values={facets.series} />
          <FacetList title="Year signed" paramKey="year" params={params} isOn={(v) => params.year === Number(v)} values={facets.years} />
        </aside>
        <div>
          <form method="get" className="sort-form" aria-label="Sort">
            {Object.entries({ topic: params.topic, signatory: params.signatory, series: params.series, year: params.year }).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
            {[...params.status.map((v) => ["status", v]), ...params.kind.map((v) => ["kind", v]), ...params.party.map((v) => ["party", v])].map(([k, v]) => <input key={`${k}${v}`} type="hidden" name={k} value={v} />)}
            <p role="status">{result.total} agreement{result.total === 1 ? "" : "s"}{filtered ? <> · <Link href="/agreements">clear all filters</Link></> : null}</p>
            <label htmlFor="sort">Sort by</label>
            <select id="sort" name="sort" defaultValue={params.sort}>{Object.entries(SORTS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}</select>
            <button type="submit" className="secondary">Sort</button>
          </form>
          {result.items.length === 0 ? <p className="muted">No agreements match.</p> : (
            <table>
              <thead><tr><th scope="col">Title</th><th scope="col">Kind</th><th scope="col">Parties</th><th scope="col">Status</th><th scope="col">Signed</th></tr></thead>
              <tbody>
                {result.items.map((a) => (
                  <tr key={a.id}>
                    <td><Link href={`/agreements/${a.id}`}>{a.title}</Link></td>
                    <td>{agreementKindLabel[a.kind]}</td>
                    <td>{a.parties}</td>
                    <td>{agreementStatusLabel[a.status]}</td>
                    <td>{a.signedDate ? <DateText date={a.signedDate} precision={a.signedPrecision} /> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {result.pageCount > 1 ? (
            <nav className="pagination" aria-label="Pages">
              {params.page > 1 ? <Link rel="prev" href={`/agreements${browseQuery({ ...params, page: params.page - 1 })}`}>← Previous</Link> : <span />}
              <span>Page {params.page} of {result.pageCount}</span>
              {params.page < result.pageCount ? <Link rel="next" href={`/agreements${browseQuery({ ...params, page: params.page + 1 })}`}>Next →</Link> : <span />}
            </nav>
          ) : null}
        </div>
      </div>
    </>
  );
}
