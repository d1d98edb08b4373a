import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import type { CurrentUser } from "@/lib/auth/session";
import type { FormValues } from "@/lib/forms/form-state";
import { parseVagueDate, vagueDateText } from "@/lib/forms/vague-date";
import { parseId } from "@/lib/params";
import type { DatePrecision } from "@/lib/domain";
import { ActionError, ConflictError } from "@/lib/errors";
import { allCountries } from "@/lib/reference/countries";
import { dialogueSchema, updateDialogueSchema } from "@/lib/dialogues/schema";
import { createDialogue, updateDialogue } from "@/lib/dialogues/mutations";
import { dialogueEditSelect, dialogueFormValues } from "@/lib/dialogues/form-values";
import { agreementSchema, statusChangeSchema } from "@/lib/agreements/schema";
import { changeAgreementStatus, createAgreement } from "@/lib/agreements/mutations";
import { outcomeSchema, updateOutcomeSchema } from "@/lib/outcomes/schema";
import { createOutcome, updateOutcome } from "@/lib/outcomes/mutations";
import { outcomeEditSelect, outcomeFormValues } from "@/lib/outcomes/form-values";
import { sourceSchema } from "@/lib/sources/schema";
import { createSource } from "@/lib/sources/mutations";
import type { ImportRow } from "./read";
import type { Decision, ImportResult } from "./report";
import { sameText } from "@/lib/records/like";

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

type Context = { user: CurrentUser; agreementsByTitle: Map<string, number> };
type Outcome = Omit<Decision, "line" | "type" | "title">;

const refuse = (reason: string): Outcome => ({ action: "refuse", reason });
const list = (text: string | undefined) => (text ?? "").split(/[;,]/).map((s) => s.trim()).filter(Boolean).join(", ");
/** A date column as the form would have it typed: an exported 2024-03-01 of MONTH precision is "2024-03". */
const dateText = (f: Record<string, string>, date = "date", precision = "date_precision") => {
  const value = f[date] ?? "";
  // Only a real calendar day is narrowed to its precision; anything else (2024-02-30, 2024-13-01)
  // goes to the form's own schema as typed, which refuses it with the row's reason.
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseVagueDate(value) : null;
  return day ? vagueDateText(day.date, (f[precision] || "DAY").toUpperCase() as DatePrecision) : value;
};
/** The record a uid's number names; 0 (no record) when it is past PostgreSQL's integer. */
const uidId = (digits: string | undefined) => parseId(digits ?? "") ?? 0;
const fieldErrors = (error: z.ZodError) =>
  Object.entries(z.flattenError(error).fieldErrors).map(([field, messages]) => `${field}: ${(messages as string[]).join(", ")}`).join("; ");
const changedFields = (before: FormValues, after: FormValues) =>
  Object.keys(after).filter((k) => JSON.stringify(before[k] ?? "") !== JSON.stringify(after[k] ?? ""));

/** "New Delhi, India" → city and country code; a last part that is not a country stays in the city. */
function venue(location: string | undefined): { venueCity: string; venueCountry: string } {
  const parts = (location ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  const last = parts.at(-1)?.toLowerCase();
  const country = last ? allCountries().find((c) => c.name.toLowerCase() === last || c.code.toLowerCase() === last) : undefined;
  return country ? { venueCity: parts.slice(0, -1).join(", "), venueCountry: country.code } : { venueCity: parts.join(", "), venueCountry: "" };
}

type Parsed<I> = { success: true; data: I } | { success: false; error: z.ZodError };

/**
 * A row naming an existing record: unchanged when it says what the record says; else refused if
 * the record was edited since the file was made (its version) or the result is invalid; else saved.
 */
async function updateFromRow<I>(f: Record<string, string>, current: { version: number }, before: FormValues, row: FormValues,
  parse: (values: FormValues) => Parsed<I>, save: (input: I) => Promise<unknown>): Promise<Outcome> {
  const values = { ...before, ...row };
  const changed = changedFields(before, values);
  if (changed.length === 0) return { action: "unchanged", reason: `same as ${f.uid}` };
  if (f.version && Number(f.version) !== current.version) {
    return refuse(`changed in Parley since this file was made (version ${f.version}, now ${current.version}): export it again and redo the edit`);
  }
  const parsed = parse({ ...values, version: String(current.version) });
  if (!parsed.success) return refuse(fieldErrors(parsed.error));
  await save(parsed.data);
  return { action: "update", reason: `${f.uid}: ${changed.join(", ")}` };
}

async function importDialogue(tx: Tx, f: Record<string, string>, ctx: Context): Promise<Outcome> {
  const id = /^dialogue-(\d+)$/.exec(f.uid ?? "")?.[1];
  const row: FormValues = {
    title: f.title ?? "", startDate: dateText(f), endDate: dateText(f, "end_date", "end_precision"),
    ...(f.status ? { status: f.status.toUpperCase() } : {}), ...(f.kind ? { level: f.kind.toUpperCase() } : {}),
    ...(f.location !== undefined ? venue(f.location) : {}), ...(f.description !== undefined ? { summary: f.description } : {}),
    ...(f.topics !== undefined ? { topics: list(f.topics) } : {}),
  };
  if (id) {
    const current = await tx.dialogue.findFirst({ where: { id: uidId(id), deletedAt: null }, select: { ...dialogueEditSelect, series: { select: { name: true } } } });
    if (!current) return refuse(`there is no meeting ${f.uid} here (deleted, or the file comes from another Parley)`);
    if (f.series && f.series !== current.series.name) return refuse(`${f.uid} is a meeting of ${current.series.name}, not ${f.series}`);
    return updateFromRow(f, current, dialogueFormValues(current), row,
      (values) => updateDialogueSchema.safeParse({ ...values, id: String(current.id) }), (input) => updateDialogue(input, ctx.user, tx));
  }
  const series = f.series ? await tx.dialogueSeries.findFirst({ where: { name: sameText(f.series), deletedAt: null }, select: { id: true } }) : null;
  if (!series) return refuse(f.series ? `no dialogue series named "${f.series}": create it first` : "name the dialogue series (series column)");
  const parsed = dialogueSchema.safeParse({ ...row, seriesId: String(series.id) });
  if (!parsed.success) return refuse(fieldErrors(parsed.error));
  const same = await tx.dialogue.findFirst({ where: { seriesId: series.id, title: parsed.data.title, startDate: parsed.data.startDate?.date ?? null, deletedAt: null }, select: { id: true } });
  if (same) return { action: "unchanged", reason: `already recorded as dialogue-${same.id}` };
  const created = await createDialogue(parsed.data, ctx.user, tx);
  return { action: "create", reason: `dialogue-${created}` };
}

async function importAgreement(tx: Tx, f: Record<string, string>, ctx: Context): Promise<Outcome> {
  const uid = /^agreement-(\d+)-status-(\d+)$/.exec(f.uid ?? "");
  const title = f.title ?? "";
  const status = (f.status ?? "").toUpperCase();
  if (uid) {
    const agreement = await tx.agreement.findFirst({ where: { id: uidId(uid[1]), deletedAt: null }, select: { title: true, statusHistory: { where: { id: uidId(uid[2]) }, select: { status: true, date: true, precision: true } } } });
    if (!agreement) return refuse(`there is no agreement ${uid[1]} here (deleted, or the file comes from another Parley)`);
    if (agreement.title.toLowerCase() !== title.toLowerCase()) return refuse(`${f.uid} is "${agreement.title}", not "${title}"`);
    const change = agreement.statusHistory[0];
    if (!change) return refuse(`agreement ${uid[1]} has no status change ${uid[2]}`);
    const same = change.status === status && change.date.toISOString().slice(0, 10) === f.date && change.precision === (f.date_precision || "DAY").toUpperCase();
    return same ? { action: "unchanged", reason: `same as ${f.uid}` } : refuse("a recorded status change is corrected on the agreement's page (admins), not by import");
  }
  const existing = ctx.agreementsByTitle.get(title.toLowerCase())
    ?? (await tx.agreement.findFirst({ where: { title: sameText(title), deletedAt: null }, select: { id: true } }))?.id;
  if (existing) {
    const agreement = await tx.agreement.findUniqueOrThrow({ where: { id: existing }, select: { version: true, statusHistory: { select: { status: true, date: true } } } });
    if (agreement.statusHistory.some((s) => s.status === status && s.date.toISOString().slice(0, 10) === f.date)) return { action: "unchanged", reason: `already recorded on agreement ${existing}` };
    const parsed = statusChangeSchema.safeParse({ agreementId: String(existing), version: String(agreement.version), status, date: dateText(f), note: "Imported." });
    if (!parsed.success) return refuse(fieldErrors(parsed.error));
    await changeAgreementStatus(parsed.data, ctx.user, tx);
    return { action: "update", reason: `agreement ${existing}: now ${status.toLowerCase().replaceAll("_", " ")}` };
  }
  const parsed = agreementSchema.safeParse({
    title, kind: (f.kind ?? "").toUpperCase(), legallyBinding: "", status, statusDate: dateText(f),
    parties: list(f.parties), topics: list(f.topics), summary: f.description ?? "",
  });
  if (!parsed.success) return refuse(fieldErrors(parsed.error));
  const id = await createAgreement(parsed.data, ctx.user, tx);
  ctx.agreementsByTitle.set(title.toLowerCase(), id);
  return { action: "create", reason: `agreement ${id}` };
}

async function meetingFor(tx: Tx, f: Record<string, string>): Promise<number | null> {
  const ref = (f.dialogue ?? "").trim();
  const byUid = /^dialogue-(\d+)$/.exec(ref)?.[1] ?? /\/dialogues\/(\d+)#outcome-/.exec(f.url ?? "")?.[1];
  const found = byUid
    ? await tx.dialogue.findFirst({ where: { id: Number(byUid), deletedAt: null }, select: { id: true } })
    : ref ? await tx.dialogue.findFirst({ where: { title: sameText(ref), deletedAt: null }, select: { id: true } }) : null;
  return found?.id ?? null;
}

async function importOutcome(tx: Tx, f: Record<string, string>, ctx: Context, type: string): Promise<Outcome> {
  const id = /^commitment-(\d+)$/.exec(f.uid ?? "")?.[1];
  const row: FormValues = {
    text: f.title ?? "", dueDate: dateText(f), ...(f.topics !== undefined ? { topics: list(f.topics) } : {}),
    ...(f.kind ? { kind: f.kind.toUpperCase() } : {}), ...(f.status ? { followUpStatus: f.status.toUpperCase() } : {}),
  };
  if (id) {
    const current = await tx.outcome.findFirst({ where: { id: uidId(id), deletedAt: null }, select: outcomeEditSelect });
    if (!current) return refuse(`there is no outcome ${f.uid} here (deleted, or the file comes from another Parley)`);
    return updateFromRow(f, current, outcomeFormValues(current), row,
      (values) => updateOutcomeSchema.safeParse({ ...values, id }), (input) => updateOutcome(input, ctx.user, tx));
  }
  const dialogueId = await meetingFor(tx, f);
  if (!dialogueId) return refuse("name the meeting it came from (dialogue column: its title or dialogue-N)");
  const parsed = outcomeSchema.safeParse({ kind: type === "commitment" ? "COMMITMENT" : "DECISION", ...row, dialogueId: String(dialogueId), agreementIds: [], participationIds: [] });
  if (!parsed.success) return refuse(fieldErrors(parsed.error));
  const same = await tx.outcome.findFirst({ where: { dialogueId, text: parsed.data.text, deletedAt: null }, select: { id: true } });
  if (same) return { action: "unchanged", reason: `already recorded as outcome ${same.id}` };
  const created = await createOutcome(parsed.data, ctx.user, tx);
  return { action: "create", reason: `outcome ${created}` };
}

async function importSource(tx: Tx, f: Record<string, string>, ctx: Context): Promise<Outcome> {
  const parsed = sourceSchema.safeParse({
    title: f.title ?? "", publisher: f.publisher ?? "", url: f.url ?? "", publishedDate: dateText(f),
    kind: (f.kind || "OTHER").toUpperCase(), reliability: (f.reliability || "F").toUpperCase(), body: "",
  });
  if (!parsed.success) return refuse(fieldErrors(parsed.error));
  const same = await tx.source.findFirst({ where: { deletedAt: null, ...(parsed.data.url ? { url: parsed.data.url } : { title: parsed.data.title }) }, select: { id: true } });
  if (same) return { action: "unchanged", reason: `already recorded as source ${same.id}` };
  const created = await createSource(parsed.data, ctx.user, tx);
  return { action: "create", reason: `source ${created}` };
}

async function importRow(tx: Tx, row: ImportRow, ctx: Context): Promise<Outcome> {
  const type = (row.fields.type ?? "").trim().toLowerCase();
  switch (type) {
    case "dialogue": return importDialogue(tx, row.fields, ctx);
    case "agreement": return importAgreement(tx, row.fields, ctx);
    case "commitment": case "outcome": return importOutcome(tx, row.fields, ctx, type);
    case "source": return importSource(tx, row.fields, ctx);
    default: return refuse(type ? `unknown type "${type}" (dialogue, agreement, commitment, outcome or source)` : "the type column is empty");
  }
}

/** Runs the rows: a dry run reports and changes nothing; apply changes everything or, if any row is refused, nothing. */
export async function runImport(rows: ImportRow[], user: CurrentUser, mode: "dry-run" | "apply"): Promise<ImportResult> {
  try {
    return await db.$transaction(async (tx) => {
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
    }, { timeout: 10 * 60_000, maxWait: 30_000 });
  } catch (error) {
    if (error instanceof Rollback) return { decisions: error.decisions, applied: false };
    throw error;
  }
}
