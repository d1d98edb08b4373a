"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { withSaved } from "@/lib/forms/saved";
import { organisationSchema } from "@/lib/organisations/schema";
import { mergeSchema } from "@/lib/records/merge-schema";
import { updateOrganisation } from "@/lib/organisations/mutations";
import { mergeOrganisations } from "@/lib/records/merge";

export const updateOrganisationAction = defineAction(
  "updateOrganisationAction",
  organisationSchema,
  async (input, { user }) => {
    await updateOrganisation(input, user);
    revalidatePath("/", "layout");
    redirect(withSaved(`/organisations/${input.id}`));
  },
);

export const mergeOrganisationsAction = defineAction(
  "mergeOrganisationsAction",
  mergeSchema,
  async (input, { user }) => {
    await mergeOrganisations(input.keepId, input.duplicate, user);
    revalidatePath("/", "layout");
    return { status: "success", message: `Merged “${input.duplicate}” into this record.` };
  },
);
