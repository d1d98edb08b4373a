import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { db, inTransaction } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { resolveCountries } from "@/lib/records/resolve";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import type { SeriesInput } from "./schema";
import { versionedUpdate } from "@/lib/records/versioned-update";
import { seriesEditSelect, seriesFormValues } from "./form-values";

export async function createSeries(input: SeriesInput, user: CurrentUser, outer?: Tx): Promise<number> {
  return inTransaction(outer, async (tx) => {
    const countryIds = await resolveCountries(tx, input.parties, "parties");
    if (countryIds.length < 2) throw new ActionError("A dialogue has at least two parties.", { parties: ["Name at least two countries"] });
    const data = {
      name: input.name, shortName: input.shortName ?? null, description: input.description ?? null, parentId: input.parentId ?? null,
      establishedDate: input.establishedDate?.date ?? null, establishedPrecision: input.establishedDate?.precision ?? null,
    };
    const series = await tx.dialogueSeries.create({ data: { ...data, parties: { create: countryIds.map((countryId) => ({ countryId })) } }, select: { id: true } });
    await recordAudit(tx, { userId: user.id, action: "CREATE", recordType: "DIALOGUE_SERIES", recordId: series.id, after: { ...data, partyIds: countryIds } });
    return series.id;
  });
}

export async function updateSeries(input: SeriesInput & { id: number; version: number }, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const countryIds = await resolveCountries(tx, input.parties, "parties");
    if (countryIds.length < 2) throw new ActionError("A dialogue has at least two parties.", { parties: ["Name at least two countries"] });
    if (input.parentId === input.id) throw new ActionError("A series cannot be its own parent.");
    const data = {
      name: input.name, shortName: input.shortName ?? null, description: input.description ?? null,
      establishedDate: input.establishedDate?.date ?? null, establishedPrecision: input.establishedDate?.precision ?? null,
    };
    const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);
    await versionedUpdate(tx, {
      recordType: "DIALOGUE_SERIES", id: input.id, version: input.version, data, user, select: seriesEditSelect, toForm: seriesFormValues,
      audit: (row) => ({ before: { partyIds: sorted((row as unknown as { parties: { countryId: number }[] }).parties.map((p) => p.countryId)) }, after: { partyIds: sorted(countryIds) } }),
    });
    await tx.dialogueSeriesParty.deleteMany({ where: { seriesId: input.id } });
    await tx.dialogueSeriesParty.createMany({ data: countryIds.map((countryId) => ({ seriesId: input.id, countryId })) });
  });
}
