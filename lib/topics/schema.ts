import { z } from "zod";
import { id, optionalText, requiredText, version } from "@/lib/forms/fields";

export const topicSchema = z.object({
  name: requiredText("Name", 200),
  parent: optionalText("Sub-theme of", 200),
  description: optionalText("Description"),
  synonyms: optionalText("Synonyms", 2000),
});

export const updateTopicSchema = topicSchema.extend({ id: id("Topic"), version });

export type TopicInput = z.infer<typeof topicSchema>;
