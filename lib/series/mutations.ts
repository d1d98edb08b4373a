import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { resolveCountries } from "@/lib/records/resolve";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import type { SeriesInput } from "./schema";

export async function createSeries(input: SeriesInput, user: CurrentUser): Promise<number> {
  return db.$transaction(async (tx) => {
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
