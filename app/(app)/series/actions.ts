"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { withSaved } from "@/lib/forms/saved";
import { seriesSchema, updateSeriesSchema } from "@/lib/series/schema";
import { createSeries, updateSeries } from "@/lib/series/mutations";

export const createSeriesAction = defineAction("createSeriesAction", seriesSchema, async (input, { user }) => {
  const id = await createSeries(input, user);
  revalidatePath("/", "layout");
  redirect(withSaved(`/series/${id}`, "created"));
});

export const updateSeriesAction = defineAction("updateSeriesAction", updateSeriesSchema, async (input, { user }) => {
  await updateSeries(input, user);
  revalidatePath("/", "layout");
  redirect(withSaved(`/series/${input.id}`));
});
