"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { watchKindLabel } from "@/lib/watches/kinds";
import {
  markReadSchema,
  muteWatchSchema,
  savedViewIdSchema,
  saveViewSchema,
  watchIdSchema,
  watchSchema,
} from "@/lib/watches/schema";
import { deleteView, markRead, muteWatch, saveView, startWatch, stopWatch } from "@/lib/watches/mutations";

// Watches and saved views are their owner's own: every role may keep them.

export const watchAction = defineAction("watchAction", watchSchema, async (input, { user }) => {
  await startWatch(user, input);
  revalidatePath("/", "layout");
  return { status: "success", message: `Watching. What changes from now on is in your inbox.` };
});

export const stopWatchAction = defineAction("stopWatchAction", watchIdSchema, async (input, { user }) => {
  const stopped = await stopWatch(user, input.id);
  revalidatePath("/", "layout");
  return { status: "success", message: `No longer watching this ${watchKindLabel[stopped.kind].toLowerCase()}.` };
});

export const muteWatchAction = defineAction("muteWatchAction", muteWatchSchema, async (input, { user }) => {
  await muteWatch(user, input.id, input.muted);
  revalidatePath("/inbox");
  return { status: "success", message: input.muted ? "Muted: kept, but not counted or listed." : "Unmuted." };
});

export const markReadAction = defineAction("markReadAction", markReadSchema, async (input, { user }) => {
  const all = input.id === "all";
  await markRead(user, input.id === "all" ? undefined : input.id);
  revalidatePath("/", "layout");
  return { status: "success", message: all ? "Everything marked read." : "Marked read." };
});

export const saveViewAction = defineAction("saveViewAction", saveViewSchema, async (input, { user }) => {
  const view = await saveView(user, input);
  revalidatePath("/inbox");
  return { status: "success", message: `Saved as “${view.name}”. It is listed in your inbox.` };
});

export const deleteViewAction = defineAction("deleteViewAction", savedViewIdSchema, async (input, { user }) => {
  const view = await deleteView(user, input.id);
  revalidatePath("/inbox");
  return { status: "success", message: `“${view.name}” removed.` };
});
