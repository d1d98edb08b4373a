import Link from "next/link";
import type { Metadata } from "next";
import { listPeople } from "@/lib/people/queries";
import { listOrganisations } from "@/lib/organisations/queries";
import { parsePage } from "@/lib/pagination";
import { organisationKindLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "People & organisations" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PeoplePage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser();
  const params = await searchParams;
  const showOrganisations = params.show === "organisations";
  const page = parsePage(params.page);
  return (
    <>
      <PageHeader title="People & organisations" />
      <nav aria-label="Show" className="tabs">
        <Link href="/people" aria-current={showOrganisations ? undefined : "page"}>
          People
        </Link>
        <Link href="/people?show=organisations" aria-current={showOrganisations ? "page" : undefined}>
          Organisations
        </Link>
        <Link href="/countries">Countries</Link>
      </nav>
      {showOrganisations ? <Organisations page={page} /> : <People page={page} />}
    </>
  );
}

async function People({ page }: { page: ReturnType<typeof parsePage> }) {
  const result = await listPeople(page);
  return (
    <>
      <ul className="record-list">
        {result.items.map((p) => {
          const position = p.positions[0];
          return (
            <li key={p.id}>
              <Link href={`/people/${p.id}`}>{p.name}</Link>
              <p className="meta">
                {position
                  ? `${position.acting ? "Acting " : ""}${position.title}${position.organisation ? `, ${position.organisation.name}` : ""}`
                  : null}
                {p.country ? ` · ${p.country.name}` : null}
              </p>
            </li>
          );
        })}
      </ul>
      <Pagination basePath="/people" {...result} />
    </>
  );
}

async function Organisations({ page }: { page: ReturnType<typeof parsePage> }) {
  const result = await listOrganisations(page);
  return (
    <>
      <ul className="record-list">
        {result.items.map((o) => (
          <li key={o.id}>
            <Link href={`/organisations/${o.id}`}>{o.name}</Link>
            {o.acronym ? ` (${o.acronym})` : null}
            <p className="meta">
              {organisationKindLabel[o.kind]}
              {o.country ? ` · ${o.country.name}` : null}
            </p>
          </li>
        ))}
      </ul>
      <Pagination basePath="/people" params={{ show: "organisations" }} {...result} />
    </>
  );
}
