import { z } from "zod";
import { checkbox, id, optionalCountryCode, optionalText, requiredText, vagueDate, version } from "@/lib/forms/fields";

export const personSchema = z.object({
  id: id("Person"),
  version,
  name: requiredText("Name", 200),
  honorific: optionalText("Rank or honorific", 100),
  aliases: optionalText("Also known as", 2000),
  country: optionalCountryCode(),
  notes: optionalText("Notes"),
});

export const positionSchema = z.object({
  personId: id("Person"),
  title: requiredText("Title", 300),
  organisation: optionalText("Organisation", 300),
  acting: checkbox("Acting"),
  startDate: vagueDate("From"),
  endDate: vagueDate("To"),
});

export type PersonInput = z.infer<typeof personSchema>;
export type PositionInput = z.infer<typeof positionSchema>;
