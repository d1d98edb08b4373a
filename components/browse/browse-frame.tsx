import Link from "next/link";
import { plural } from "@/lib/labels";
import { isFiltered, stateQuery, type BrowseSpec, type BrowseState } from "@/lib/browse/state";

/**
 * The frame every browse page shares: facets beside the results (below them on a phone), the count with "clear all
 * filters", a sort form that keeps the filters (works without JavaScript), and paging links.
 */
export function BrowseFrame<K extends string, S extends string>({
  basePath,
  spec,
  state,
  result: { total, pageCount },
  noun,
  facets,
  timelineHref,
  children,
}: {
  basePath: string;
  spec: BrowseSpec<K, S>;
  state: BrowseState<K, S>;
  /** the results' count and number of pages */
  result: { total: number; pageCount: number };
  noun: [singular: string, plural: string];
  facets: React.ReactNode;
  children: React.ReactNode;
  /** a timeline (and downloads) of exactly these records */
  timelineHref?: string;
}) {
  const href = (page: number) => `${basePath}${stateQuery(spec, { ...state, page })}`;
  return (
    <div className="browse">
      <aside aria-label="Filters" id="filters">
        {facets}
      </aside>
      <div className="browse-results">
        <form method="get" action={basePath} className="sort-form" aria-label="Sort">
          {(Object.keys(spec.filters) as K[]).flatMap((key) =>
            state.filters[key].map((value) => <input key={`${key}=${value}`} type="hidden" name={key} value={value} />),
          )}
          <p role="status">
            {plural(total, ...noun)}
            {isFiltered(state) ? (
              <>
                {" "}
                · <Link href={basePath}>clear all filters</Link>
              </>
            ) : null}
          </p>
          {/* On a phone the results come first and the facets after them: this leads there. */}
          <a href="#filters" className="filters-jump">
            Filters
          </a>
          {timelineHref ? <Link href={timelineHref}>Timeline and downloads</Link> : null}
          <label htmlFor="sort">Sort by</label>
          <select id="sort" name="sort" defaultValue={state.sort}>
            {(Object.entries(spec.sorts) as [S, string][]).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <button type="submit" className="secondary">
            Sort
          </button>
        </form>
        {total === 0 ? (
          <p className="muted">{isFiltered(state) ? `No ${noun[1]} match.` : `No ${noun[1]} recorded yet.`}</p>
        ) : (
          children
        )}
        {pageCount > 1 ? (
          <nav className="pagination" aria-label="Pages">
            {state.page > 1 ? (
              <Link rel="prev" href={href(state.page - 1)}>
                ← Previous
              </Link>
            ) : (
              <span aria-hidden="true" />
            )}
            <span>
              Page {state.page} of {pageCount}
            </span>
            {state.page < pageCount ? (
              <Link rel="next" href={href(state.page + 1)}>
                Next →
              </Link>
            ) : (
              <span aria-hidden="true" />
            )}
          </nav>
        ) : null}
      </div>
    </div>
  );
}
