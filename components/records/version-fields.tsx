import type { FormState } from "@/lib/forms/form-state";
import { ConflictNotice } from "./conflict-notice";

/**
 * What every edit form carries: the record's id and the version it was loaded at (after a
 * conflict, the version now saved, so saving again applies the analyst's values on top), and the
 * conflict screen when there is one.
 */
export function VersionFields({
  state,
  record,
  labels,
}: {
  state: Pick<FormState, "status" | "conflict" | "values">;
  record: { id: number; version: number };
  labels: Record<string, string>;
}) {
  return (
    <>
      {state.status === "conflict" && state.conflict ? (
        <ConflictNotice conflict={state.conflict} submitted={state.values} labels={labels} />
      ) : null}
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={state.conflict?.currentVersion ?? record.version} />
    </>
  );
}
