import Link from "next/link";
import type { LinkView } from "@/lib/links/queries";

export function LinkList({ links }: { links: LinkView[] }) {
  if (links.length === 0) return <p className="muted">No links yet.</p>;
  return (
    <ul className="record-list">
      {links.map((link) => (
        <li key={link.id}>
          <span className="link-wording">{link.wording[0]!.toUpperCase() + link.wording.slice(1)}</span>{" "}
          <span className="muted">{link.other.typeLabel}:</span>{" "}
          {link.other.href ? <Link href={link.other.href}>{link.other.title}</Link> : link.other.title}
          {link.note ? <p className="meta">{link.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}
