"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { withSaved } from "@/lib/forms/saved";
import { personSchema, positionSchema } from "@/lib/people/schema";
import { mergeSchema } from "@/lib/records/merge-schema";
import { addPosition, updatePerson } from "@/lib/people/mutations";
import { mergePeople } from "@/lib/records/merge";

export const updatePersonAction = defineAction("updatePersonAction", personSchema, async (input, { user }) => {
  await updatePerson(input, user);
  revalidatePath("/", "layout");
  redirect(withSaved(`/people/${input.id}`));
});

export const addPositionAction = defineAction("addPositionAction", positionSchema, async (input, { user }) => {
  await addPosition(input, user);
  revalidatePath("/", "layout");
  return { status: "success", message: "Position added." };
});

export const mergePeopleAction = defineAction("mergePeopleAction", mergeSchema, async (input, { user }) => {
  await mergePeople(input.keepId, input.duplicate, user);
  revalidatePath("/", "layout");
  return { status: "success", message: `Merged “${input.duplicate}” into this record.` };
});
