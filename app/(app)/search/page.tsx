import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import {
  MAX_QUERY_LENGTH,
  normaliseQuery,
  searchRecords,
  SEARCH_TYPES,
  searchTypeLabel,
  type SearchType,
} from "@/lib/search/queries";
import { parseVagueDate } from "@/lib/forms/vague-date";
import { PageHeader } from "@/components/ui/page-header";
import { Highlighted } from "@/components/ui/highlighted";

export const metadata: Metadata = { title: "Search" };

type Params = Record<string, string | string[] | undefined>;
const list = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const first = (value: string | string[] | undefined) => list(value)[0] ?? "";

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requireUser();
  const params = await searchParams;
  const query = normaliseQuery(params.q);
  const types = list(params.type).filter((t): t is SearchType => (SEARCH_TYPES as readonly string[]).includes(t));
  const from = parseVagueDate(first(params.from));
  const to = parseVagueDate(first(params.to));
  const groups = query ? await searchRecords(query, { types, from: from?.date, to: to?.date }) : [];
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
            <input id="from" name="from" defaultValue={first(params.from)} placeholder="2018" />
          </div>
          <div className="field">
            <label htmlFor="to">To</label>
            <input id="to" name="to" defaultValue={first(params.to)} placeholder="2024-12-31" />
          </div>
        </div>
      </form>
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
