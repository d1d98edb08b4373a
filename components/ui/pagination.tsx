import Link from "next/link";

/** Previous / next links that keep the other query parameters. */
export function Pagination({
  page,
  pageCount,
  total,
  basePath,
  params = {},
}: {
  page: number;
  pageCount: number;
  total?: number;
  basePath: string;
  params?: Record<string, string>;
}) {
  if (pageCount <= 1) return total === undefined ? null : <p className="muted">{total} in all</p>;
  const href = (target: number) => {
    const query = new URLSearchParams({ ...params, page: String(target) });
    return `${basePath}?${query}`;
  };
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {page} of {pageCount}
        {total === undefined ? null : ` (${total} in all)`}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
