import { z } from "zod";
import { id, requiredText, version } from "@/lib/forms/fields";

export const countrySchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Two letters (ISO 3166-1 alpha-2, or a user-assigned code such as XK)")
    .meta({ title: "Code" }),
  name: requiredText("Name", 120),
});

export const updateCountrySchema = countrySchema.omit({ code: true }).extend({ id: id("Country"), version });
