import { z } from "zod";
import { OrganisationKind } from "@/generated/prisma/enums";
import { id, optionalCountryCode, optionalText, requiredText, version } from "@/lib/forms/fields";

export const organisationSchema = z.object({
  id: id("Organisation"),
  version,
  name: requiredText("Name", 300),
  acronym: optionalText("Acronym", 40),
  kind: z.enum(OrganisationKind, { error: "Choose a kind" }).meta({ title: "Kind" }),
  country: optionalCountryCode(),
  parent: optionalText("Part of", 300),
  description: optionalText("Description"),
});

export type OrganisationInput = z.infer<typeof organisationSchema>;
