"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { countrySchema, updateCountrySchema } from "@/lib/countries/schema";
import { createCountry, updateCountry } from "@/lib/countries/mutations";

export const createCountryAction = defineAction("createCountryAction", countrySchema, async (input, { user }) => {
  await createCountry(input, user);
  revalidatePath("/countries");
  return { status: "success", message: `${input.name} added.` };
});

export const updateCountryAction = defineAction("updateCountryAction", updateCountrySchema, async (input, { user }) => {
  await updateCountry(input, user);
  revalidatePath("/countries");
  return { status: "success", message: "Saved." };
});
