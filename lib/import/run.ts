import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import type { CurrentUser } from "@/lib/auth/session";
import { ActionError, ConflictError } from "@/lib/errors";
import type { ImportRow } from "./read";
import type { Decision, ImportResult } from "./report";
import { refuse, type Context, type Outcome } from "./row";
import { importDialogue } from "./importers/dialogue";
import { importAgreement } from "./importers/agreement";
import { importOutcome } from "./importers/outcome";
import { importSource } from "./importers/source";

// Imports rows in one transaction. Every row goes through the same schema and the same code as
// the forms (so the same checks, the same audit trail), each under a savepoint so one bad row
// does not spoil the rest of the report. A dry run, or any refused row, rolls everything back:
// a bad file changes nothing.

/** At most this many rows per file: a bigger import is split (each is one transaction). */
export const MAX_ROWS = 5000;

class Rollback extends Error {
  constructor(readonly decisions: Decision[]) {
    super("rolled back");
  }
}

/** One importer per row type (the type column). */
const IMPORTERS: Record<
  string,
  (tx: Tx, fields: Record<string, string>, ctx: Context, type: string) => Promise<Outcome>
> = {
  dialogue: importDialogue,
  agreement: importAgreement,
  commitment: importOutcome,
  outcome: importOutcome,
  source: importSource,
  // In a version 2 timeline, not records of their own: an assessment needs its evidence cited (on
  // the commitment's page), and a term's end is derived from its agreement's term.
  assessment: async () => ({
    action: "unchanged",
    reason: "compliance assessments are recorded with their evidence, not imported",
  }),
  expiry: async () => ({ action: "unchanged", reason: "derived from the agreement's term" }),
};

async function importRow(tx: Tx, row: ImportRow, ctx: Context): Promise<Outcome> {
  const type = (row.fields.type ?? "").trim().toLowerCase();
  const importer = Object.hasOwn(IMPORTERS, type) ? IMPORTERS[type] : undefined;
  if (importer) return importer(tx, row.fields, ctx, type);
  return refuse(
    type ? `unknown type "${type}" (dialogue, agreement, commitment, outcome or source)` : "the type column is empty",
  );
}

/** Runs the rows: a dry run reports and changes nothing; apply changes everything or, if any row is refused, nothing. */
export async function runImport(
  rows: ImportRow[],
  user: CurrentUser,
  mode: "dry-run" | "apply",
): Promise<ImportResult> {
  try {
    return await db.$transaction(
      async (tx) => {
        const ctx: Context = { user, agreementsByTitle: new Map() };
        const decisions: Decision[] = [];
        for (const row of rows) {
          const base = { line: row.line, type: (row.fields.type ?? "").toLowerCase(), title: row.fields.title ?? "" };
          await tx.$executeRawUnsafe("SAVEPOINT import_row");
          try {
            decisions.push({ ...base, ...(await importRow(tx, row, ctx)) });
            await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_row");
          } catch (error) {
            await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_row");
            if (!(error instanceof ActionError) && !(error instanceof ConflictError)) throw error;
            decisions.push({ ...base, action: "refuse", reason: error.message });
          }
        }
        if (mode === "dry-run" || decisions.some((d) => d.action === "refuse")) throw new Rollback(decisions);
        return { decisions, applied: true };
      },
      { timeout: 10 * 60_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof Rollback) return { decisions: error.decisions, applied: false };
    throw error;
  }
}
