import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { MAX_QUERY_LENGTH, searchRecords } from "@/lib/search/queries";
import { parseSearch, searchFilters, searchQueryString, SEARCH_TYPES, searchTypeLabel } from "@/lib/search/params";
import type { SearchParamsProps } from "@/lib/params";
import { SaveView } from "@/components/watches/save-view";
import { PageHeader } from "@/components/ui/page-header";
import { Highlighted } from "@/components/ui/highlighted";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: SearchParamsProps) {
  await requireUser();
  const params = await searchParams;
  const state = parseSearch(params);
  const { query, types } = state;
  const groups = query ? await searchRecords(query, searchFilters(state)) : [];
  return (
    <>
      <PageHeader title="Search" />
      <form role="search" action="/search" className="search-form">
        <label htmlFor="q">
          Search dialogues, agreements, outcomes, quoted passages, sources, people and organisations
        </label>
        <div className="row">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={MAX_QUERY_LENGTH}
            aria-describedby="q-hint"
          />
          <button type="submit">Search</button>
        </div>
        <p id="q-hint" className="hint">
          Use “quotes” for a phrase and -word to leave a word out; the last word also matches as a prefix. Acronyms and
          topic synonyms are understood.
        </p>
        <fieldset className="checkboxes inline">
          <legend>Only</legend>
          {SEARCH_TYPES.map((type) => (
            <span key={type} className="field checkbox">
              <input
                id={`type-${type}`}
                type="checkbox"
                name="type"
                value={type}
                defaultChecked={types.includes(type)}
              />
              <label htmlFor={`type-${type}`}>{searchTypeLabel[type]}</label>
            </span>
          ))}
        </fieldset>
        <div className="field-row">
          <div className="field">
            <label htmlFor="from">From</label>
            <input id="from" name="from" defaultValue={state.from} placeholder="2018" />
          </div>
          <div className="field">
            <label htmlFor="to">To</label>
            <input id="to" name="to" defaultValue={state.to} placeholder="2024-12-31" />
          </div>
        </div>
      </form>
      {query ? <SaveView page="search" query={searchQueryString(state)} /> : null}
      {query && groups.length === 0 ? <p role="status">Nothing matches “{query}”.</p> : null}
      {groups.map((group) => (
        <section key={group.type} aria-label={group.label}>
          <h2>{group.label}</h2>
          <ul className="record-list">
            {group.items.map((item) => (
              <li key={item.key}>
                <Link href={item.href}>{item.title}</Link>
                {item.snippet ? (
                  <p className="meta snippet">
                    <Highlighted snippet={item.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
