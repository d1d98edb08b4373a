import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main">
      <h1>Not found</h1>
      <p>There is no such record, or it has been deleted.</p>
      <p><Link href="/">Back to the overview</Link></p>
    </main>
  );
}
