// npm run capture -- FILE [--published YYYY-MM-DD] [--json]
// Prints the draft assisted capture makes of a readout (.txt, .html, .pdf or .docx), matched
// against the configured database's gazetteers. With --json, the draft as JSON
// (public/schemas/parley-draft-v1.schema.json).
import fs from "node:fs";
import { parseArgs } from "node:util";
import { extractDraft } from "../lib/capture/extract";
import { loadGazetteer } from "../lib/capture/load-gazetteer";
import { readUpload, UnreadableInput } from "../lib/capture/read-file";
import { describeDraft } from "../lib/capture/describe";
import { closeDb } from "../lib/db";
import { DataDirHeldError } from "../lib/pglite-holder";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { published: { type: "string" }, json: { type: "boolean", default: false } },
});

async function main() {
  const file = positionals[0];
  if (!file) {
    console.error("Usage: npm run capture -- FILE [--published YYYY-MM-DD] [--json]");
    process.exitCode = 2;
    return;
  }
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    console.error("--published: write the date as YYYY-MM-DD");
    process.exitCode = 2;
    return;
  }
  const { content } = await readUpload(file, fs.readFileSync(file));
  const started = performance.now();
  const draft = extractDraft({ content, published: values.published ?? null }, await loadGazetteer());
  const took = performance.now() - started;
  if (values.json) console.log(JSON.stringify(draft, null, 2));
  else console.log(`${describeDraft(draft)}\n(drafted in ${took.toFixed(0)} ms)`);
}

main()
  .catch((error) => {
    if (
      error instanceof UnreadableInput ||
      error instanceof DataDirHeldError ||
      error?.cause instanceof DataDirHeldError
    ) {
      console.error(
        error instanceof UnreadableInput || error instanceof DataDirHeldError ? error.message : error.cause.message,
      );
      process.exitCode = 1;
      return;
    }
    const held = String(error?.message ?? "").includes("is open in another process");
    console.error(
      held
        ? String(error.message)
            .split("\n")
            .find((l: string) => l.includes("another process"))
        : error,
    );
    process.exitCode = 1;
  })
  .finally(closeDb);
