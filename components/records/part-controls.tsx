import Link from "next/link";
import type { RecordType } from "@/lib/domain";
import { DeleteButton } from "./delete-button";

/** Edit and delete for a part of a page (a participant, an outcome, a citation). */
export function PartControls({
  recordType,
  id,
  editHref,
  name,
}: {
  recordType: RecordType;
  id: number;
  editHref: string;
  name: string;
}) {
  return (
    <span className="part-controls">
      <Link href={editHref} aria-label={`Edit ${name}`}>
        Edit
      </Link>
      <DeleteButton recordType={recordType} id={id} name={name} compact />
    </span>
  );
}
