import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { countryIdFor } from "@/lib/countries/lookup";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import { resolveOrganisation, splitNames } from "@/lib/records/resolve";
import { versionedUpdate } from "@/lib/records/versioned-update";
import type { CurrentUser } from "@/lib/auth/session";
import { personEdit } from "./form-values";
import type { PersonInput, PositionInput } from "./schema";

export async function updatePerson(input: PersonInput, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const data = {
      name: input.name,
      honorific: input.honorific ?? null,
      aliases: splitNames(input.aliases),
      countryId: await countryIdFor(tx, input.country),
      notes: input.notes ?? null,
    };
    await versionedUpdate(tx, personEdit, input, data, user);
  });
}

export async function addPosition(input: PositionInput, user: CurrentUser): Promise<number> {
  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { id: input.personId, deletedAt: null },
      select: { id: true, countryId: true },
    });
    if (!person) throw new ActionError("This person has been deleted.");
    if (input.startDate && input.endDate && input.endDate.date < input.startDate.date)
      throw new ActionError("The position ends before it starts.", { endDate: ["Before the start"] });
    const organisationId = input.organisation
      ? await resolveOrganisation(tx, input.organisation, user, { countryId: person.countryId })
      : null;
    const data = {
      personId: person.id,
      organisationId,
      title: input.title,
      acting: input.acting,
      startDate: input.startDate?.date ?? null,
      startPrecision: input.startDate?.precision ?? null,
      endDate: input.endDate?.date ?? null,
      endPrecision: input.endDate?.precision ?? null,
    };
    const created = await tx.position.create({ data, select: { id: true } });
    await auditRecord(tx, user.id, "CREATE", ["POSITION", created.id], { after: data });
    return created.id;
  });
}

/** Keeps another written form of a person's name ("Sandy Kapoor" for Sandeep Kapoor), so capture and the forms find them by it. */
export async function addAlias(tx: Tx, personId: number, alias: string, user: CurrentUser): Promise<void> {
  const person = await tx.person.findFirst({
    where: { id: personId, deletedAt: null },
    select: { name: true, aliases: true },
  });
  if (!person) throw new ActionError("That person's record has been deleted.");
  const name = alias.trim().replace(/\s+/g, " ");
  if (!name || [person.name, ...person.aliases].some((n) => n.toLowerCase() === name.toLowerCase())) return;
  const aliases = [...person.aliases, name];
  await tx.person.update({ where: { id: personId }, data: { aliases, version: { increment: 1 } } });
  await auditRecord(tx, user.id, "UPDATE", ["PERSON", personId], {
    before: { aliases: person.aliases },
    after: { aliases },
  });
}
