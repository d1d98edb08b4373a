import Link from "next/link";

export function NotFoundMessage() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no such record, or it has been deleted.</p>
      <p>
        <Link href="/">Back to the overview</Link> · <Link href="/search">Search</Link> ·{" "}
        <Link href="/deleted">Deleted records</Link>
      </p>
    </>
  );
}
