"use client";
import { startTransition, useState } from "react";
import type { FormAction } from "@/lib/forms/form-state";
import { FormMessage } from "@/components/ui/form-status";
import { useForm } from "@/components/ui/use-form";
import { FieldMessages, Label, useFieldIds } from "@/components/ui/fields";
import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "@/lib/import/schema";
import type { ImportReport } from "@/lib/import/report";
import { TableHead } from "@/components/ui/table-head";

const ACTION_TEXT = { create: "Create", update: "Update", unchanged: "Unchanged", refuse: "Refused" } as const;

/**
 * Choose a file, check it (a dry run: what would be created, updated or refused, row by row),
 * then import it. With JavaScript the chosen file is kept between the two steps; without it the
 * form posts the file with whichever button was pressed.
 */
export function ImportForm({ action, tooLarge = false }: { action: FormAction<ImportReport>; tooLarge?: boolean }) {
  const form = useForm(action);
  const { state, formAction, pending } = form;
  const [file, setFile] = useState<File | null>(null);
  const [sizeError, setSizeError] = useState<string | null>(tooLarge ? TOO_LARGE_MESSAGE : null);
  const fileErrors = sizeError ? [sizeError] : state.fieldErrors?.file;
  const fileField = useFieldIds("file", undefined, fileErrors);
  const id = fileField.id;
  const result = state.result;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Checked here so a large file is never sent: the server would refuse it only after the upload.
    if (file && file.size > MAX_IMPORT_BYTES) {
      setSizeError(TOO_LARGE_MESSAGE);
      return;
    }
    setSizeError(null);
    const mode = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value ?? "dry-run";
    const data = new FormData();
    if (file) data.set("file", file);
    data.set("mode", mode);
    startTransition(() => formAction(data));
  }

  const counts = result
    ? Object.fromEntries(
        (["create", "update", "unchanged", "refuse"] as const).map((a) => [
          a,
          result.decisions.filter((d) => d.action === a).length,
        ]),
      )
    : null;
  return (
    <>
      <form
        id={form.formId}
        action={formAction}
        onSubmit={onSubmit}
        encType="multipart/form-data"
        aria-describedby={`${id}-help`}
      >
        <div className="field">
          <Label htmlFor={id} label="CSV or JSON file" required />
          <input
            {...fileField.control}
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            required
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setSizeError(null);
            }}
          />
          <FieldMessages id={id} errors={fileErrors} />
        </div>
        <p id={`${id}-help`} className="hint">
          Check the file first: nothing changes until you import it, and a file with any refused row imports nothing.
        </p>
        <p className="toolbar">
          <button type="submit" name="mode" value="dry-run" className="secondary" disabled={pending}>
            {pending ? "Working…" : "Check the file"}
          </button>
          <button type="submit" name="mode" value="apply" disabled={pending}>
            Import
          </button>
        </p>
        <FormMessage state={state} />
      </form>
      {result && counts ? (
        <section aria-labelledby={`${id}-report`}>
          <h2 id={`${id}-report`}>
            {result.mode === "dry-run"
              ? "What importing would do"
              : result.applied
                ? "What was imported"
                : "Why nothing was imported"}
          </h2>
          <p>
            {counts.create} to create · {counts.update} to update · {counts.unchanged} unchanged · {counts.refuse}{" "}
            refused
          </p>
          <table>
            <TableHead columns={["Line", "Type", "Title", "Result", "Detail"]} />
            <tbody>
              {result.decisions.map((d) => (
                <tr key={d.line} className={d.action === "refuse" ? "refused" : undefined}>
                  <td>{d.line}</td>
                  <td>{d.type}</td>
                  <td>{d.title}</td>
                  <td>{ACTION_TEXT[d.action]}</td>
                  <td>{d.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
