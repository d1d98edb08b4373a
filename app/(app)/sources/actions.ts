"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { withSaved } from "@/lib/forms/saved";
import { citationSchema, sourceSchema, updateCitationSchema, updateSourceSchema } from "@/lib/sources/schema";
import { createCitation, createSource, updateCitation, updateSource } from "@/lib/sources/mutations";
import { recordHref } from "@/lib/records/titles";
import type { RecordType } from "@/lib/domain";

export const createSourceAction = defineAction("createSourceAction", sourceSchema, async (input, { user }) => {
  const id = await createSource(input, user);
  revalidatePath("/", "layout");
  redirect(withSaved(input.returnTo ?? `/sources/${id}`, "created"));
});

export const createCitationAction = defineAction("createCitationAction", citationSchema, async (input, { user }) => {
  await createCitation(input, user);
  revalidatePath("/", "layout");
  return { status: "success", message: "Passage cited." };
});

export const updateSourceAction = defineAction("updateSourceAction", updateSourceSchema, async (input, { user }) => {
  await updateSource(input, user);
  revalidatePath("/", "layout");
  redirect(withSaved(`/sources/${input.id}`));
});

export const updateCitationAction = defineAction(
  "updateCitationAction",
  updateCitationSchema,
  async (input, { user }) => {
    const cited = await updateCitation(input, user);
    revalidatePath("/", "layout");
    redirect(withSaved(recordHref({ type: cited.recordType as RecordType, id: cited.recordId }) ?? "/"));
  },
);
