"use client";
import Link from "next/link";
import { useActionState } from "react";
import type { RecordType } from "@/lib/domain";
import { idle } from "@/lib/forms/form-state";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { deleteRecordAction, restoreRecordAction } from "@/app/(app)/records/actions";
import { RecordFormButton } from "./record-form-button";

/**
 * Delete, asked twice: the first press opens a confirmation (a <details>, so it works without
 * JavaScript too), the second deletes. A part of a page (a participant, an outcome) then offers
 * an immediate undo in place; a record with a page of its own goes to Deleted records, which
 * offers the same.
 */
export function DeleteButton({ recordType, id, name, compact = false }: { recordType: RecordType; id: number; name: string; compact?: boolean }) {
  const [state, formAction] = useActionState(deleteRecordAction, idle);
  if (state.status === "success") {
    return (
      <span role="status" className="deleted-notice">
        Deleted. <RecordFormButton action={restoreRecordAction} fields={{ recordType, id }} label="Undo" pendingText="Restoring…" className="link-button" ariaLabel={`Undo deleting ${name}`} />{" "}
        <Link href="/deleted">Deleted records</Link>
      </span>
    );
  }
  return (
    <details className={`confirm${compact ? " compact" : ""}`}>
      <summary className={compact ? "danger-link" : "button danger"} aria-label={`Delete ${name}`}>Delete</summary>
      <form action={formAction} className="confirm-panel">
        <input type="hidden" name="recordType" value={recordType} />
        <input type="hidden" name="id" value={id} />
        <p>Delete {name}? It leaves lists and pages but keeps its links and history, and can be restored.</p>
        <SubmitButton className="danger" pendingText="Deleting…">Yes, delete</SubmitButton>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
