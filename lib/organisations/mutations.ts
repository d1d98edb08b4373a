import "server-only";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { countryIdFor } from "@/lib/countries/lookup";
import { resolveOrganisation } from "@/lib/records/resolve";
import { versionedUpdate } from "@/lib/records/versioned-update";
import type { CurrentUser } from "@/lib/auth/session";
import { organisationEdit } from "./form-values";
import type { OrganisationInput } from "./schema";

export async function updateOrganisation(input: OrganisationInput, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const cid = await countryIdFor(tx, input.country);
    let parentId: number | null = null;
    if (input.parent) {
      parentId = await resolveOrganisation(tx, input.parent, user, { countryId: cid });
      // A parent may not be the organisation itself or one of its own units.
      for (
        let at: number | null = parentId;
        at !== null;
        at = (await tx.organisation.findUnique({ where: { id: at }, select: { parentId: true } }))?.parentId ?? null
      ) {
        if (at === input.id)
          throw new ActionError("An organisation cannot be part of itself.", {
            parent: ["That is this organisation or one of its units"],
          });
      }
    }
    const data = {
      name: input.name,
      acronym: input.acronym ?? null,
      kind: input.kind,
      countryId: cid,
      parentId,
      description: input.description ?? null,
    };
    await versionedUpdate(tx, organisationEdit, input, data, user);
  });
}
