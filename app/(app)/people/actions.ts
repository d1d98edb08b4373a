"use server";
import { defineAction, savedTo, done } from "@/lib/action";
import { personSchema, positionSchema } from "@/lib/people/schema";
import { mergeSchema } from "@/lib/records/merge-schema";
import { addPosition, updatePerson } from "@/lib/people/mutations";
import { mergePeople } from "@/lib/records/merge";

export const updatePersonAction = defineAction("updatePersonAction", personSchema, async (input, { user }) => {
  await updatePerson(input, user);
  return savedTo(`/people/${input.id}`);
});

export const addPositionAction = defineAction("addPositionAction", positionSchema, async (input, { user }) => {
  await addPosition(input, user);
  return done("Position added.");
});

export const mergePeopleAction = defineAction("mergePeopleAction", mergeSchema, async (input, { user }) => {
  await mergePeople(input.keepId, input.duplicate, user);
  return done(`Merged “${input.duplicate}” into this record.`);
});
