import { z } from "zod";
import { checkbox, id, optionalId, requiredText } from "@/lib/forms/fields";
import { WATCH_KINDS } from "./kinds";
import { SAVED_VIEW_PAGES } from "./views";

export const watchSchema = z
  .object({
    kind: z.enum(WATCH_KINDS, { error: "Choose what to watch" }).meta({ title: "What" }),
    targetId: id("Record"),
    otherId: optionalId("Second country"),
  })
  .refine((w) => w.kind !== "COUNTRY_PAIR" || (w.otherId !== undefined && w.otherId !== w.targetId), {
    message: "A pair needs two different countries",
    path: ["otherId"],
  });

export const watchIdSchema = z.object({ id: id("Watch") });

/** One watch's news, or "all". */
export const markReadSchema = z.object({
  id: z.union([z.literal("all"), id("Watch")], { error: "Choose a watch" }).meta({ title: "Watch" }),
});

export const muteWatchSchema = watchIdSchema.extend({ muted: checkbox("Muted") });

export const saveViewSchema = z.object({
  name: requiredText("Name", 80),
  page: z.enum(SAVED_VIEW_PAGES, { error: "This page cannot be saved" }).meta({ title: "Page" }),
  query: z.string().max(2000, "At most 2,000 characters").default("").meta({ title: "Filters" }),
});

export const savedViewIdSchema = z.object({ id: id("Saved view") });
