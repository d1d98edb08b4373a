import { z } from "zod";
import { optionalId, optionalText, requiredText, vagueDate } from "@/lib/forms/fields";

export const seriesSchema = z.object({
  name: requiredText("Name"),
  shortName: optionalText(40),
  parties: requiredText("Parties", 1000),
  establishedDate: vagueDate("Established"),
  description: optionalText(),
  parentId: optionalId("Parent series"),
});

export type SeriesInput = z.infer<typeof seriesSchema>;
