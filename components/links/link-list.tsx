import Link from "next/link";
import type { LinkView } from "@/lib/links/queries";
import { deleteLinkAction } from "@/app/(app)/records/actions";
import { RecordFormButton } from "@/components/records/record-form-button";

export function LinkList({ links, canEdit = false }: { links: LinkView[]; canEdit?: boolean }) {
  if (links.length === 0) return <p className="muted">No links yet.</p>;
  return (
    <ul className="record-list">
      {links.map((link) => (
        <li key={link.id}>
          <span className="link-wording">{link.wording[0]!.toUpperCase() + link.wording.slice(1)}</span>{" "}
          <span className="muted">{link.other.typeLabel}:</span>{" "}
          {link.other.href ? <Link href={link.other.href}>{link.other.title}</Link> : link.other.title}
          {canEdit ? (
            <>
              {" "}
              <RecordFormButton
                action={deleteLinkAction}
                fields={{ id: link.id }}
                label="Remove"
                pendingText="Removing…"
                ariaLabel={`Remove the link to ${link.other.title}`}
              />
            </>
          ) : null}
          {link.note ? <p className="meta">{link.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}
