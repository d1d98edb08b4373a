import Link from "next/link";
import type { RecordType, Role } from "@/lib/domain";
import { hasRole } from "@/lib/auth/roles";
import { deleteRecordAction } from "@/app/(app)/records/actions";
import { RecordFormButton } from "./record-form-button";

/** Edit / delete / history for one record; viewers see only the history. */
export function RecordToolbar({ role, recordType, id, editHref, children }: {
  role: Role; recordType: RecordType; id: number; editHref?: string; children?: React.ReactNode;
}) {
  const canEdit = hasRole(role, "ANALYST");
  return (
    <div className="toolbar" role="group" aria-label="Record actions">
      {canEdit && editHref ? <Link className="button" href={editHref}>Edit</Link> : null}
      {canEdit ? children : null}
      <Link href={`/history/${recordType.toLowerCase()}/${id}`}>History</Link>
      {canEdit ? <RecordFormButton action={deleteRecordAction} fields={{ recordType, id }} label="Delete" pendingText="Deleting…" className="danger" /> : null}
    </div>
  );
}
