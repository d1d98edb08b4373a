"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { dialogueSchema, updateDialogueSchema } from "@/lib/dialogues/schema";
import { createDialogue, updateDialogue } from "@/lib/dialogues/mutations";

export const createDialogueAction = defineAction("createDialogueAction", dialogueSchema, async (input, { user }) => {
  const id = await createDialogue(input, user);
  revalidatePath("/", "layout");
  redirect(`/dialogues/${id}`);
});

export const updateDialogueAction = defineAction("updateDialogueAction", updateDialogueSchema, async (input, { user }) => {
  await updateDialogue(input, user);
  revalidatePath("/", "layout");
  redirect(`/dialogues/${input.id}`);
});
