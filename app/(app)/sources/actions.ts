"use server";
import { defineAction, savedTo, done } from "@/lib/action";
import { citationSchema, sourceSchema, updateCitationSchema, updateSourceSchema } from "@/lib/sources/schema";
import { createCitation, createSource, updateCitation, updateSource } from "@/lib/sources/mutations";
import { recordHref } from "@/lib/records/titles";
import type { RecordType } from "@/lib/domain";

export const createSourceAction = defineAction("createSourceAction", sourceSchema, async (input, { user }) => {
  const id = await createSource(input, user);
  return savedTo(input.returnTo ?? `/sources/${id}`, "created");
});

export const createCitationAction = defineAction("createCitationAction", citationSchema, async (input, { user }) => {
  await createCitation(input, user);
  return done("Passage cited.");
});

export const updateSourceAction = defineAction("updateSourceAction", updateSourceSchema, async (input, { user }) => {
  await updateSource(input, user);
  return savedTo(`/sources/${input.id}`);
});

export const updateCitationAction = defineAction(
  "updateCitationAction",
  updateCitationSchema,
  async (input, { user }) => {
    const cited = await updateCitation(input, user);
    return savedTo(recordHref({ type: cited.recordType as RecordType, id: cited.recordId }) ?? "/");
  },
);
