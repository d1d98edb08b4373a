import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import { resolveOrganisation, splitNames } from "@/lib/records/resolve";
import { versionedUpdate } from "@/lib/records/versioned-update";
import type { CurrentUser } from "@/lib/auth/session";
import { organisationFormValues, personFormValues } from "./form-values";
import type { OrganisationInput, PersonInput, PositionInput } from "./schema";

async function countryId(tx: Tx, code: string | undefined) {
  return code ? ((await tx.country.findUnique({ where: { code }, select: { id: true } }))?.id ?? null) : null;
}

export async function updatePerson(input: PersonInput, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const data = { name: input.name, aliases: splitNames(input.aliases), countryId: await countryId(tx, input.country), notes: input.notes ?? null };
    await versionedUpdate(tx, {
      recordType: "PERSON", id: input.id, version: input.version, data, user, toForm: personFormValues,
      select: { version: true, name: true, aliases: true, countryId: true, notes: true, country: { select: { code: true } } },
    });
  });
}

export async function addPosition(input: PositionInput, user: CurrentUser): Promise<number> {
  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { id: input.personId, deletedAt: null }, select: { id: true, countryId: true } });
    if (!person) throw new ActionError("This person has been deleted.");
    if (input.startDate && input.endDate && input.endDate.date < input.startDate.date) throw new ActionError("The position ends before it starts.", { endDate: ["Before the start"] });
    const organisationId = input.organisation ? await resolveOrganisation(tx, input.organisation, user, { countryId: person.countryId }) : null;
    const data = {
      personId: person.id, organisationId, title: input.title, acting: input.acting,
      startDate: input.startDate?.date ?? null, startPrecision: input.startDate?.precision ?? null,
      endDate: input.endDate?.date ?? null, endPrecision: input.endDate?.precision ?? null,
    };
    const created = await tx.position.create({ data, select: { id: true } });
    await recordAudit(tx, { userId: user.id, action: "CREATE", recordType: "POSITION", recordId: created.id, after: data });
    return created.id;
  });
}

export async function updateOrganisation(input: OrganisationInput, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const cid = await countryId(tx, input.country);
    let parentId: number | null = null;
    if (input.parent) {
      parentId = await resolveOrganisation(tx, input.parent, user, { countryId: cid });
      // A parent may not be the organisation itself or one of its own units.
      for (let at: number | null = parentId; at !== null; at = (await tx.organisation.findUnique({ where: { id: at }, select: { parentId: true } }))?.parentId ?? null) {
        if (at === input.id) throw new ActionError("An organisation cannot be part of itself.", { parent: ["That is this organisation or one of its units"] });
      }
    }
    const data = { name: input.name, acronym: input.acronym ?? null, kind: input.kind, countryId: cid, parentId, description: input.description ?? null };
    await versionedUpdate(tx, {
      recordType: "ORGANISATION", id: input.id, version: input.version, data, user, toForm: organisationFormValues,
      select: { version: true, name: true, acronym: true, kind: true, countryId: true, parentId: true, description: true, country: { select: { code: true } }, parent: { select: { name: true } } },
    });
  });
}
