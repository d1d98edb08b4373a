"use server";
import { defineAction, savedTo, done } from "@/lib/action";
import { topicSchema, updateTopicSchema } from "@/lib/topics/schema";
import { mergeSchema } from "@/lib/records/merge-schema";
import { createTopic, updateTopic } from "@/lib/topics/mutations";
import { mergeTopics } from "@/lib/records/merge";

export const createTopicAction = defineAction("createTopicAction", topicSchema, async (input, { user }) => {
  const slug = await createTopic(input, user);
  return savedTo(`/topics/${slug}`, "created");
});

export const updateTopicAction = defineAction("updateTopicAction", updateTopicSchema, async (input, { user }) => {
  await updateTopic(input, user);
  return done("Topic saved.");
});

export const mergeTopicsAction = defineAction("mergeTopicsAction", mergeSchema, async (input, { user }) => {
  await mergeTopics(input.keepId, input.duplicate, user);
  return done(`Merged “${input.duplicate}” into this topic.`);
});
