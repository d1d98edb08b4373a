"use server";
import { defineAction } from "@/lib/action";
import { ActionError } from "@/lib/errors";
import { importSchema, MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "@/lib/import/schema";
import { readImportFile } from "@/lib/import/read";
import { MAX_ROWS, runImport } from "@/lib/import/run";
import { plural } from "@/lib/labels";
import type { ImportReport } from "@/lib/import/report";

export const importFileAction = defineAction<typeof importSchema, ImportReport>(
  "importFileAction",
  importSchema,
  async (input, { user, formData }) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0)
      throw new ActionError("Choose a file to import.", { file: ["Choose a CSV or JSON file"] });
    if (file.size > MAX_IMPORT_BYTES) throw new ActionError(TOO_LARGE_MESSAGE, { file: ["Too large"] });
    const read = readImportFile(file.name, await file.text());
    if ("error" in read) throw new ActionError(read.error, { file: [read.error] });
    if (read.rows.length > MAX_ROWS)
      throw new ActionError(`The file has ${read.rows.length} rows; import at most ${MAX_ROWS} at a time.`, {
        file: ["Too many rows"],
      });
    const result = await runImport(read.rows, user, input.mode);
    const refused = result.decisions.filter((d) => d.action === "refuse").length;
    const message =
      input.mode === "dry-run"
        ? `Checked ${result.decisions.length} rows: nothing has been changed yet.`
        : result.applied
          ? `Imported ${plural(result.decisions.length, "row")}.`
          : `Nothing was imported: ${plural(refused, "row was", "rows were")} refused. Correct ${refused === 1 ? "it" : "them"} and import again.`;
    return {
      status: result.applied || input.mode === "dry-run" ? "success" : "error",
      message,
      result: { ...result, mode: input.mode },
    };
  },
);
