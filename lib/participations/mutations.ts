import "server-only";
import { db } from "@/lib/db";
import { auditRecord } from "@/lib/audit/record";
import { resolveCountries, resolveOrganisation, resolvePerson } from "@/lib/records/resolve";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import type { ParticipationInput, UpdateParticipationInput } from "./schema";
import { versionedUpdate } from "@/lib/records/versioned-update";
import { participationEdit } from "./form-values";

/** Adds someone to a meeting's delegation, creating the person and organisation if they are new. */
export async function addParticipation(input: ParticipationInput, user: CurrentUser): Promise<number> {
  return db.$transaction(async (tx) => {
    if (!(await tx.dialogue.findFirst({ where: { id: input.dialogueId, deletedAt: null }, select: { id: true } }))) {
      throw new ActionError("This dialogue has been deleted.");
    }
    const [countryId] = await resolveCountries(tx, input.side, "side");
    const personId = await resolvePerson(tx, input.person, user, { countryId });
    const organisationId = input.organisation
      ? await resolveOrganisation(tx, input.organisation, user, { countryId })
      : null;
    const data = {
      dialogueId: input.dialogueId,
      personId,
      organisationId,
      countryId: countryId ?? null,
      role: input.role,
      statedTitle: input.statedTitle ?? null,
      isActing: input.isActing,
      note: input.note ?? null,
    };
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
    const [countryId] = await resolveCountries(tx, input.side, "side");
    const personId = await resolvePerson(tx, input.person, user, { countryId });
    const organisationId = input.organisation
      ? await resolveOrganisation(tx, input.organisation, user, { countryId })
      : null;
    const data = {
      personId,
      organisationId,
      countryId: countryId ?? null,
      role: input.role,
      statedTitle: input.statedTitle ?? null,
      isActing: input.isActing,
      note: input.note ?? null,
    };
    const current = await versionedUpdate(tx, participationEdit, input, data, user);
    return current.dialogueId as number;
  });
}
