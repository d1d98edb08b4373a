import Link from "next/link";
import type { RecordType } from "@/lib/domain";
import { deleteRecordAction } from "@/app/(app)/records/actions";
import { RecordFormButton } from "./record-form-button";

/** Edit and delete for a part of a page (a participant, an outcome, a citation). */
export function PartControls({ recordType, id, editHref, name }: { recordType: RecordType; id: number; editHref: string; name: string }) {
  return (
    <span className="part-controls">
      <Link href={editHref} aria-label={`Edit ${name}`}>Edit</Link>
      <RecordFormButton action={deleteRecordAction} fields={{ recordType, id }} label="Delete" pendingText="Deleting…" className="link-button danger-link" ariaLabel={`Delete ${name}`} />
    </span>
  );
}
