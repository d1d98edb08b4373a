import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { db, inTransaction } from "@/lib/db";
import { auditRecord } from "@/lib/audit/record";
import { resolveCountries } from "@/lib/records/resolve";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import type { SeriesInput } from "./schema";
import { versionedUpdate } from "@/lib/records/versioned-update";
import { type SeriesEditRow, seriesEdit } from "./form-values";
import { listAudit, rewriteJoinRows } from "@/lib/records/join-rows";

/** The series' own columns, as the form gives them. */
const columns = (input: SeriesInput) => ({
  name: input.name,
  shortName: input.shortName ?? null,
  description: input.description ?? null,
  establishedDate: input.establishedDate?.date ?? null,
  establishedPrecision: input.establishedDate?.precision ?? null,
});

export async function createSeries(input: SeriesInput, user: CurrentUser, outer?: Tx): Promise<number> {
  return inTransaction(outer, async (tx) => {
    const countryIds = await resolveCountries(tx, input.parties, "parties");
    if (countryIds.length < 2)
      throw new ActionError("A dialogue has at least two parties.", { parties: ["Name at least two countries"] });
    const data = { ...columns(input), parentId: input.parentId ?? null };
    const series = await tx.dialogueSeries.create({
      data: { ...data, parties: { create: countryIds.map((countryId) => ({ countryId })) } },
      select: { id: true },
    });
    await auditRecord(tx, user.id, "CREATE", ["DIALOGUE_SERIES", series.id], {
      after: { ...data, partyIds: countryIds },
    });
    return series.id;
  });
}

export async function updateSeries(
  input: SeriesInput & { id: number; version: number },
  user: CurrentUser,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const countryIds = await resolveCountries(tx, input.parties, "parties");
    if (countryIds.length < 2)
      throw new ActionError("A dialogue has at least two parties.", { parties: ["Name at least two countries"] });
    if (input.parentId === input.id) throw new ActionError("A series cannot be its own parent.");
    const lists = (row: SeriesEditRow) => ({
      partyIds: { before: row.parties.map((p) => p.countryId), after: countryIds },
    });
    const current = await versionedUpdate(tx, seriesEdit, input, columns(input), user, (row) => listAudit(lists(row)));
    await rewriteJoinRows(tx.dialogueSeriesParty, { seriesId: input.id }, lists(current).partyIds, (countryId) => ({
      countryId,
    }));
  });
}
