"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { citationSchema, sourceSchema } from "@/lib/sources/schema";
import { createCitation, createSource } from "@/lib/sources/mutations";

export const createSourceAction = defineAction("createSourceAction", sourceSchema, async (input, { user }) => {
  const id = await createSource(input, user);
  revalidatePath("/", "layout");
  redirect(input.returnTo ?? `/sources/${id}`);
});

export const createCitationAction = defineAction("createCitationAction", citationSchema, async (input, { user }) => {
  await createCitation(input, user);
  revalidatePath("/", "layout");
  return { status: "success", message: "Passage cited." };
});
