"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { mergeSchema, organisationSchema, personSchema, positionSchema } from "@/lib/people/schema";
import { addPosition, updateOrganisation, updatePerson } from "@/lib/people/mutations";
import { mergeOrganisations, mergePeople } from "@/lib/records/merge";

export const updatePersonAction = defineAction("updatePersonAction", personSchema, async (input, { user }) => {
  await updatePerson(input, user);
  revalidatePath("/", "layout");
  redirect(`/people/${input.id}`);
});

export const addPositionAction = defineAction("addPositionAction", positionSchema, async (input, { user }) => {
  await addPosition(input, user);
  revalidatePath("/", "layout");
  return { status: "success", message: "Position added." };
});

export const updateOrganisationAction = defineAction("updateOrganisationAction", organisationSchema, async (input, { user }) => {
  await updateOrganisation(input, user);
  revalidatePath("/", "layout");
  redirect(`/organisations/${input.id}`);
});

export const mergePeopleAction = defineAction("mergePeopleAction", mergeSchema, async (input, { user }) => {
  await mergePeople(input.keepId, input.duplicate, user);
  revalidatePath("/", "layout");
  return { status: "success", message: `Merged “${input.duplicate}” into this record.` };
});

export const mergeOrganisationsAction = defineAction("mergeOrganisationsAction", mergeSchema, async (input, { user }) => {
  await mergeOrganisations(input.keepId, input.duplicate, user);
  revalidatePath("/", "layout");
  return { status: "success", message: `Merged “${input.duplicate}” into this record.` };
});
