import { z } from "zod";
import { checkbox, id, optionalCountryCode, optionalText, requiredText, vagueDate, version } from "@/lib/forms/fields";

export const personSchema = z.object({
  id: id("Person"),
  version,
  name: requiredText("Name", 200),
  aliases: optionalText(2000),
  country: optionalCountryCode,
  notes: optionalText(),
});

export const positionSchema = z.object({
  personId: id("Person"),
  title: requiredText("Title", 300),
  organisation: optionalText(300),
  acting: checkbox,
  startDate: vagueDate("From"),
  endDate: vagueDate("To"),
});

export type PersonInput = z.infer<typeof personSchema>;
export type PositionInput = z.infer<typeof positionSchema>;

/** What the forms and the conflict screen call each field. */
export const personLabels = {
  name: "Name",
  aliases: "Also known as",
  country: "Country",
  notes: "Notes",
} satisfies Partial<Record<keyof typeof personSchema.shape, string>>;

export const positionLabels = {
  title: "Title",
  organisation: "Organisation",
  startDate: "From",
  endDate: "To",
  acting: "Acting",
} satisfies Partial<Record<keyof typeof positionSchema.shape, string>>;
