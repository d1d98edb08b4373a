import { z } from "zod";
import { id, optionalId, optionalText, requiredText, vagueDate, version } from "@/lib/forms/fields";

export const seriesSchema = z.object({
  name: requiredText("Name"),
  shortName: optionalText("Short name", 40),
  parties: requiredText("Parties", 1000),
  establishedDate: vagueDate("Established"),
  description: optionalText("Description"),
  parentId: optionalId("Parent series"),
});

export const updateSeriesSchema = seriesSchema.extend({ id: id("Series"), version });

export type SeriesInput = z.infer<typeof seriesSchema>;
