import Link from "next/link";
import type { Metadata } from "next";
import { MAX_QUERY_LENGTH, normaliseQuery, searchRecords } from "@/lib/search/queries";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  const query = normaliseQuery((await searchParams).q);
  const groups = query ? await searchRecords(query) : [];
  const found = groups.some((g) => g.items.length > 0);
  return (
    <>
      <PageHeader title="Search" />
      <form role="search" action="/search" className="search-form">
        <label htmlFor="q">Search dialogues, agreements, people, organisations, topics and sources</label>
        <div className="row">
          <input id="q" name="q" type="search" defaultValue={query} maxLength={MAX_QUERY_LENGTH} />
          <button type="submit">Search</button>
        </div>
      </form>
      {query && !found ? <p role="status">Nothing matches “{query}”.</p> : null}
      {groups.filter((g) => g.items.length > 0).map((group) => (
        <section key={group.label} aria-label={group.label}>
          <h2>{group.label}</h2>
          <ul className="record-list">{group.items.map((item) => <li key={item.key}><Link href={item.href}>{item.title}</Link></li>)}</ul>
        </section>
      ))}
    </>
  );
}
