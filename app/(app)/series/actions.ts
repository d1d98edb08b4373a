"use server";
import { defineAction, savedTo } from "@/lib/action";
import { seriesSchema, updateSeriesSchema } from "@/lib/series/schema";
import { createSeries, updateSeries } from "@/lib/series/mutations";

export const createSeriesAction = defineAction("createSeriesAction", seriesSchema, async (input, { user }) => {
  const id = await createSeries(input, user);
  return savedTo(`/series/${id}`, "created");
});

export const updateSeriesAction = defineAction("updateSeriesAction", updateSeriesSchema, async (input, { user }) => {
  await updateSeries(input, user);
  return savedTo(`/series/${input.id}`);
});
