"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { withSaved } from "@/lib/forms/saved";
import { topicSchema, updateTopicSchema } from "@/lib/topics/schema";
import { mergeSchema } from "@/lib/records/merge-schema";
import { createTopic, updateTopic } from "@/lib/topics/mutations";
import { mergeTopics } from "@/lib/records/merge";

export const createTopicAction = defineAction("createTopicAction", topicSchema, async (input, { user }) => {
  const slug = await createTopic(input, user);
  revalidatePath("/", "layout");
  redirect(withSaved(`/topics/${slug}`, "created"));
});

export const updateTopicAction = defineAction("updateTopicAction", updateTopicSchema, async (input, { user }) => {
  await updateTopic(input, user);
  revalidatePath("/", "layout");
  return { status: "success", message: "Topic saved." };
});

export const mergeTopicsAction = defineAction("mergeTopicsAction", mergeSchema, async (input, { user }) => {
  await mergeTopics(input.keepId, input.duplicate, user);
  revalidatePath("/", "layout");
  return { status: "success", message: `Merged “${input.duplicate}” into this topic.` };
});
