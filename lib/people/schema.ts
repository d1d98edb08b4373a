import { z } from "zod";
import { OrganisationKind } from "@/generated/prisma/enums";
import { checkbox, id, optionalCountryCode, optionalText, requiredText, vagueDate, version } from "@/lib/forms/fields";

export const personSchema = z.object({
  id: id("Person"), version,
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

export const organisationSchema = z.object({
  id: id("Organisation"), version,
  name: requiredText("Name", 300),
  acronym: optionalText(40),
  kind: z.enum(OrganisationKind, { error: "Choose a kind" }),
  country: optionalCountryCode,
  parent: optionalText(300),
  description: optionalText(),
});

/** Merging a duplicate (named in the form) into the record being kept. */
export const mergeSchema = z.object({
  keepId: id("Record"),
  duplicate: requiredText("Duplicate", 300),
});

export type PersonInput = z.infer<typeof personSchema>;
export type PositionInput = z.infer<typeof positionSchema>;
export type OrganisationInput = z.infer<typeof organisationSchema>;
