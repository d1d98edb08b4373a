import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import { versionedUpdate } from "@/lib/records/versioned-update";
import type { CurrentUser } from "@/lib/auth/session";
import type { countrySchema, updateCountrySchema } from "./schema";
import type { EditForm } from "@/lib/records/versioned-update";

const countryEdit: EditForm<{ name: string }> = {
  recordType: "COUNTRY",
  select: { version: true, name: true },
  toForm: (c) => ({ name: c.name }),
};

// Countries come from ISO 3166 (the seed); analysts may rename one or add a user-assigned code
// (XK for Kosovo) that the standard lacks.

export async function createCountry(input: z.infer<typeof countrySchema>, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    if (await tx.country.findUnique({ where: { code: input.code }, select: { id: true } }))
      throw new ActionError("That code is taken.", { code: ["Already in the list"] });
    const created = await tx.country.create({ data: input, select: { id: true } });
    await auditRecord(tx, user.id, "CREATE", ["COUNTRY", created.id], { after: input });
  });
}

export async function updateCountry(input: z.infer<typeof updateCountrySchema>, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    await versionedUpdate(tx, countryEdit, input, { name: input.name }, user);
  });
}
