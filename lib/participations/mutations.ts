import "server-only";
import { db, inTransaction } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { auditRecord } from "@/lib/audit/record";
import { resolveCountries, resolveOrganisation, resolvePerson } from "@/lib/records/resolve";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import type { ParticipationInput, UpdateParticipationInput } from "./schema";
import { versionedUpdate } from "@/lib/records/versioned-update";
import { participationEdit } from "./form-values";

async function recordedPerson(tx: Tx, id: number): Promise<number> {
  const person = await tx.person.findFirst({ where: { id, deletedAt: null }, select: { id: true } });
  if (!person) throw new ActionError("That person's record has been deleted.", { person: ["Choose someone else"] });
  return person.id;
}

/** A rank or honorific given with a participant ("Ambassador") is the person's: their record keeps it. */
async function keepHonorific(tx: Tx, personId: number, honorific: string, user: CurrentUser) {
  const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { honorific: true } });
  if (person.honorific === honorific) return;
  await tx.person.update({ where: { id: personId }, data: { honorific, version: { increment: 1 } } });
  await auditRecord(tx, user.id, "UPDATE", ["PERSON", personId], {
    before: { honorific: person.honorific },
    after: { honorific },
  });
}

/**
 * The participation's columns, as the form gives them: the person, delegation and organisation by
 * name (a new person or organisation is created), the rest as typed.
 */
async function columns(tx: Tx, input: ParticipationInput | UpdateParticipationInput, user: CurrentUser) {
  const [countryId] = await resolveCountries(tx, input.side, "side");
  const personId = input.personId
    ? await recordedPerson(tx, input.personId)
    : await resolvePerson(tx, input.person, user, { countryId });
  if (input.honorific) await keepHonorific(tx, personId, input.honorific, user);
  const organisationId = input.organisation
    ? await resolveOrganisation(tx, input.organisation, user, { countryId })
    : null;
  return {
    personId,
    organisationId,
    countryId: countryId ?? null,
    role: input.role,
    statedTitle: input.statedTitle ?? null,
    isActing: input.isActing,
    note: input.note ?? null,
  };
}

/** Adds someone to a meeting's delegation, creating the person and organisation if they are new. */
export async function addParticipation(input: ParticipationInput, user: CurrentUser, outer?: Tx): Promise<number> {
  return inTransaction(outer, async (tx) => {
    if (!(await tx.dialogue.findFirst({ where: { id: input.dialogueId, deletedAt: null }, select: { id: true } }))) {
      throw new ActionError("This dialogue has been deleted.");
    }
    const data = { dialogueId: input.dialogueId, ...(await columns(tx, input, user)) };
    const { personId, organisationId } = data;
    const created = await tx.participation.create({ data, select: { id: true } });
    if (
      input.statedTitle &&
      !(await tx.position.findFirst({
        where: { personId, title: input.statedTitle, deletedAt: null },
        select: { id: true },
      }))
    ) {
      // The title a source gives is also a position the person held: keep their record current.
      const position = await tx.position.create({
        data: { personId, organisationId, title: input.statedTitle, acting: input.isActing },
        select: { id: true },
      });
      await auditRecord(tx, user.id, "CREATE", ["POSITION", position.id], {
        after: { personId, organisationId, title: input.statedTitle },
      });
    }
    await auditRecord(tx, user.id, "CREATE", ["PARTICIPATION", created.id], { after: data });
    return created.id;
  });
}

export async function updateParticipation(input: UpdateParticipationInput, user: CurrentUser): Promise<number> {
  return db.$transaction(async (tx) => {
    const data = await columns(tx, input, user);
    const current = await versionedUpdate(tx, participationEdit, input, data, user);
    return current.dialogueId as number;
  });
}
