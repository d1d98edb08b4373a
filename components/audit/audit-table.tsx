import Link from "next/link";
import type { AuditEventView } from "@/lib/audit/queries";
import { recordHref } from "@/lib/records/titles";
import { recordTypeLabel } from "@/lib/records/registry";
import { ORIGINS, type Origin } from "@/lib/audit/origins";
import { TableHead } from "@/components/ui/table-head";

const ACTION_LABEL: Record<string, string> = {
  CREATE: "created",
  UPDATE: "edited",
  DELETE: "deleted",
  RESTORE: "restored",
  LINK: "linked",
  UNLINK: "unlinked",
  STATUS_CHANGE: "changed status",
  MERGE: "merged",
  SIGN_IN: "signed in",
  SIGN_IN_FAILED: "failed to sign in",
  SIGN_OUT: "signed out",
  ROLE_CHANGE: "changed role",
  PASSWORD_CHANGE: "changed password",
  TOKEN_CREATE: "made an access token",
  TOKEN_REVOKE: "revoked an access token",
  WATCH: "watched",
  UNWATCH: "stopped watching",
  VIEW_SAVE: "saved a view",
  VIEW_DELETE: "removed a saved view",
};

const show = (value: unknown) =>
  value === null || value === undefined || value === ""
    ? "—"
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);

/** Field-by-field changes of audit events. */
export function AuditTable({ events, showRecord = false }: { events: AuditEventView[]; showRecord?: boolean }) {
  if (events.length === 0) return <p className="muted">No changes recorded.</p>;
  return (
    <table className="audit cards">
      <TableHead columns={["When (UTC)", "Who", "What", showRecord ? "Record" : null, "Changes"]} />
      <tbody>
        {events.map((e) => {
          const before = (e.before ?? {}) as Record<string, unknown>;
          const after = (e.after ?? {}) as Record<string, unknown>;
          const origin = e.action === "CREATE" && !e.user ? ORIGINS[after.origin as Origin] : undefined;
          const fields = origin ? [] : [...new Set([...Object.keys(before), ...Object.keys(after)])];
          const href = e.recordType && e.recordId ? recordHref({ type: e.recordType, id: e.recordId }) : null;
          return (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at.toISOString()}>{e.at.toISOString().slice(0, 16).replace("T", " ")}</time>
              </td>
              <td data-label="Who">{e.user?.name ?? "system"}</td>
              <td data-label="What">{origin ? `created by ${origin}` : (ACTION_LABEL[e.action] ?? e.action)}</td>
              {showRecord ? (
                <td data-label="Record">
                  {e.recordType ? (
                    <>
                      {recordTypeLabel[e.recordType]} {href ? <Link href={href}>#{e.recordId}</Link> : `#${e.recordId}`}
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              ) : null}
              <td>
                {fields.length ? (
                  <dl className="changes">
                    {fields.map((f) => (
                      <div key={f}>
                        <dt>{f}</dt>
                        <dd>
                          <del>{show(before[f])}</del> → <ins>{show(after[f])}</ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
