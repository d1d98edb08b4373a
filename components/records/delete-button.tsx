"use client";
import Link from "next/link";
import { useState } from "react";
import { useSearchParams } from "next/navigation";
import { useOpened } from "@/components/ui/use-opened";
import type { RecordType } from "@/lib/domain";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/form-status";
import { deleteRecordAction, restoreRecordAction } from "@/app/(app)/records/actions";

/**
 * Delete, asked twice: the first press opens a confirmation, the second deletes. The confirmation
 * is drawn only when asked for (a page lists many parts, each with its Delete); without JavaScript
 * the <details> opens onto a link to the same page with it drawn (`?delete=TYPE.id`). A part of a
 * page (a participant, an outcome) then offers an immediate undo in place; a record with a page of
 * its own goes to Deleted records, which offers the same.
 */
export function DeleteButton({
  recordType,
  id,
  name,
  compact = false,
}: {
  recordType: RecordType;
  id: number;
  name: string;
  compact?: boolean;
}) {
  const deletion = useForm(deleteRecordAction);
  const undo = useForm(restoreRecordAction);
  // Which deletion the last undo took back: a later deletion shows its own undo again.
  const [undone, setUndone] = useState<unknown>(null);
  const [seenUndo, setSeenUndo] = useState(undo.state);
  if (undo.state !== seenUndo) {
    setSeenUndo(undo.state);
    if (undo.state.status === "success") setUndone(deletion.state);
  }
  const fields = { recordType, id };
  const key = `${recordType}.${id}`;
  const asked = useSearchParams().get("delete") === key;
  const { opened, details } = useOpened(asked);

  if (deletion.state.status === "success" && undone !== deletion.state) {
    return (
      <span className="deleted-notice">
        <span role="status">Deleted.</span>{" "}
        <Form form={undo} layout="inline" hidden={fields}>
          <SubmitButton className="link-button" pendingText="Restoring…" ariaLabel={`Undo deleting ${name}`}>
            Undo
          </SubmitButton>
        </Form>{" "}
        <Link href="/deleted">Deleted records</Link>
      </span>
    );
  }
  return (
    <>
      <details className={`confirm${compact ? " compact" : ""}`} id={`delete-${key}`} {...details}>
        <summary className={compact ? "danger-link" : "button danger"} aria-label={`Delete ${name}`}>
          Delete
        </summary>
        {opened ? (
          <Form form={deletion} layout="inline" className="confirm-panel" hidden={fields}>
            <p>Delete {name}? It leaves lists and pages but keeps its links and history, and can be restored.</p>
            <SubmitButton className="danger" pendingText="Deleting…">
              Yes, delete
            </SubmitButton>
          </Form>
        ) : (
          <a className="confirm-panel" href={`?delete=${key}#delete-${key}`}>
            Confirm
          </a>
        )}
      </details>
      {undone ? (
        <span role="status" className="deleted-notice">
          {" "}
          Restored.
        </span>
      ) : null}
    </>
  );
}
