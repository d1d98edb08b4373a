import { z } from "zod";
import { OrganisationKind } from "@/generated/prisma/enums";
import { id, optionalCountryCode, optionalText, requiredText, version } from "@/lib/forms/fields";

export const organisationSchema = z.object({
  id: id("Organisation"),
  version,
  name: requiredText("Name", 300),
  acronym: optionalText(40),
  kind: z.enum(OrganisationKind, { error: "Choose a kind" }),
  country: optionalCountryCode,
  parent: optionalText(300),
  description: optionalText(),
});

export type OrganisationInput = z.infer<typeof organisationSchema>;

/** What the form and the conflict screen call each field. */
export const organisationLabels = {
  name: "Name",
  acronym: "Acronym",
  kind: "Kind",
  country: "Country",
  parent: "Part of",
  description: "Description",
} satisfies Partial<Record<keyof typeof organisationSchema.shape, string>>;
