import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { recentlyDeleted } from "@/lib/records/deleted";
import { recordTypeLabel } from "@/lib/records/registry";
import { PageHeader } from "@/components/ui/page-header";
import { RecordFormButton } from "@/components/records/record-form-button";
import { restoreRecordAction } from "../records/actions";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "Deleted records" };

export default async function DeletedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireUser();
  const justDeleted = (await searchParams).deleted;
  const rows = await recentlyDeleted();
  const canRestore = hasRole(user.role, "ANALYST");
  return (
    <>
      <PageHeader title="Deleted records" />
      {justDeleted ? (
        <p role="status" className="notice">
          Deleted. It keeps its links and history; restore it below (at the top of the list) if that was a mistake.
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="muted">Nothing has been deleted.</p>
      ) : (
        <table className="cards">
          <TableHead columns={["Record", "Kind", "Deleted (UTC)", canRestore ? { hidden: "Restore" } : null]} />
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.type}:${r.id}`}>
                <td>{r.title}</td>
                <td data-label="Kind">{recordTypeLabel[r.type]}</td>
                <td data-label="Deleted (UTC)">{r.deletedAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                {canRestore ? (
                  <td>
                    <RecordFormButton
                      action={restoreRecordAction}
                      fields={{ recordType: r.type, id: r.id }}
                      label="Restore"
                      pendingText="Restoring…"
                      ariaLabel={`Restore ${r.title}`}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
