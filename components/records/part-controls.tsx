import Link from "next/link";
import type { RecordType } from "@/lib/domain";
import { DeleteButton } from "./delete-button";

/** Edit and delete for a part of a page (a participant, an outcome, a citation), after a space; nothing for viewers. */
export function PartControls({
  canEdit,
  recordType,
  id,
  editHref,
  name,
}: {
  canEdit: boolean;
  recordType: RecordType;
  id: number;
  editHref: string;
  name: string;
}) {
  if (!canEdit) return null;
  return (
    <span className="part-controls">
      {" "}
      <Link href={editHref} aria-label={`Edit ${name}`}>
        Edit
      </Link>
      <DeleteButton recordType={recordType} id={id} name={name} compact />
    </span>
  );
}
