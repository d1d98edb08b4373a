import type { SearchParamsProps } from "@/lib/params";
import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { listCountries } from "@/lib/countries/queries";
import { parsePage } from "@/lib/pagination";
import { normaliseQuery } from "@/lib/search/query";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { NewCountryForm, RenameCountryForm } from "@/components/countries/country-forms";
import { createCountryAction, updateCountryAction } from "./actions";
import { AddDetails } from "@/components/ui/add-details";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "Countries" };

export default async function CountriesPage({ searchParams }: SearchParamsProps) {
  const user = await requireUser();
  const params = await searchParams;
  const filter = normaliseQuery(params.q);
  const result = await listCountries(filter, parsePage(params.page, 50));
  const canEdit = hasRole(user.role, "ANALYST");
  return (
    <>
      <PageHeader title="Countries">
        <p className="muted">The ISO 3166-1 list, with any codes analysts have added.</p>
      </PageHeader>
      <form method="get" className="search-form" role="search">
        <label htmlFor="q">Find a country</label>
        <div className="row">
          <input id="q" name="q" type="search" defaultValue={filter} />
          <button type="submit">Find</button>
        </div>
      </form>
      {canEdit ? (
        <AddDetails summary="Add a country">
          <NewCountryForm action={createCountryAction} />
        </AddDetails>
      ) : null}
      <table>
        <TableHead columns={["Code", "Name"]} />
        <tbody>
          {result.items.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={`/countries/${c.code}`}>{c.code}</Link>
              </td>
              <td>{canEdit ? <RenameCountryForm action={updateCountryAction} country={c} /> : c.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination basePath="/countries" params={filter ? { q: filter } : {}} {...result} />
    </>
  );
}
