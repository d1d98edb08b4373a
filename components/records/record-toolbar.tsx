import Link from "next/link";
import type { RecordType, Role } from "@/lib/domain";
import { hasRole } from "@/lib/auth/roles";
import { recordTypeLabel } from "@/lib/records/registry";
import { DeleteButton } from "./delete-button";
import { InterchangeLinks } from "./interchange-links";
import { WatchButton } from "@/components/watches/watch-button";

/**
 * Edit / delete / history (and the record's timeline and its STIX and Popolo downloads, where it
 * has one) for one record, and watching it where it can be watched; viewers see only watching,
 * history, timeline and downloads.
 */
export function RecordToolbar({
  role,
  recordType,
  id,
  editHref,
  timelineHref,
  watch,
  children,
}: {
  role: Role;
  recordType: RecordType;
  id: number;
  editHref?: string;
  timelineHref?: string;
  /** who may watch it and what it is called: the record is watched as its own kind */
  watch?: React.ComponentProps<typeof WatchButton>;
  children?: React.ReactNode;
}) {
  const canEdit = hasRole(role, "ANALYST");
  return (
    <div className="toolbar" role="group" aria-label="Record actions">
      {canEdit && editHref ? (
        <Link className="button" href={editHref}>
          Edit
        </Link>
      ) : null}
      {canEdit ? children : null}
      {timelineHref ? (
        <>
          <Link href={timelineHref}>Timeline</Link>
          <InterchangeLinks timelineHref={timelineHref} />
        </>
      ) : null}
      {watch ? <WatchButton {...watch} /> : null}
      <Link href={`/history/${recordType.toLowerCase()}/${id}`}>History</Link>
      {canEdit ? (
        <DeleteButton recordType={recordType} id={id} name={`this ${recordTypeLabel[recordType].toLowerCase()}`} />
      ) : null}
    </div>
  );
}
