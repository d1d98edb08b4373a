import { z } from "zod";
import { id, optionalText, requiredText, version } from "@/lib/forms/fields";

export const topicSchema = z.object({
  name: requiredText("Name", 200),
  parent: optionalText(200),
  description: optionalText(),
  synonyms: optionalText(2000),
});

export const updateTopicSchema = topicSchema.extend({ id: id("Topic"), version });

export type TopicInput = z.infer<typeof topicSchema>;

/** What the form and the conflict screen call each field. */
export const topicLabels = {
  name: "Name",
  parent: "Sub-theme of",
  synonyms: "Synonyms",
  description: "Description",
} satisfies Partial<Record<keyof typeof topicSchema.shape, string>>;
