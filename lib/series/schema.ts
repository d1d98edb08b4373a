import { z } from "zod";
import { id, optionalId, optionalText, requiredText, vagueDate, version } from "@/lib/forms/fields";

export const seriesSchema = z.object({
  name: requiredText("Name"),
  shortName: optionalText(40),
  parties: requiredText("Parties", 1000),
  establishedDate: vagueDate("Established"),
  description: optionalText(),
  parentId: optionalId("Parent series"),
});

export const updateSeriesSchema = seriesSchema.extend({ id: id("Series"), version });

export type SeriesInput = z.infer<typeof seriesSchema>;

/** What the form and the conflict screen call each field. */
export const seriesLabels = {
  name: "Name",
  shortName: "Short name",
  parties: "Parties",
  establishedDate: "Established",
  description: "Description",
} satisfies Partial<Record<keyof typeof seriesSchema.shape, string>>;
