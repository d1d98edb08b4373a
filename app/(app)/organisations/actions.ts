"use server";
import { defineAction, savedTo, done } from "@/lib/action";
import { organisationSchema } from "@/lib/organisations/schema";
import { mergeSchema } from "@/lib/records/merge-schema";
import { updateOrganisation } from "@/lib/organisations/mutations";
import { mergeOrganisations } from "@/lib/records/merge";

export const updateOrganisationAction = defineAction(
  "updateOrganisationAction",
  organisationSchema,
  async (input, { user }) => {
    await updateOrganisation(input, user);
    return savedTo(`/organisations/${input.id}`);
  },
);

export const mergeOrganisationsAction = defineAction(
  "mergeOrganisationsAction",
  mergeSchema,
  async (input, { user }) => {
    await mergeOrganisations(input.keepId, input.duplicate, user);
    return done(`Merged “${input.duplicate}” into this record.`);
  },
);
