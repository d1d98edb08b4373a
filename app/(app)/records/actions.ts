"use server";
import { z } from "zod";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { id } from "@/lib/forms/fields";
import { DELETABLE_TYPES, setDeleted } from "@/lib/records/soft-delete";
import { recordHref } from "@/lib/records/titles";
import { linkSchema } from "@/lib/links/schema";
import { createLink, deleteLink } from "@/lib/links/mutations";

const recordSchema = z.object({ recordType: z.enum(DELETABLE_TYPES), id: id() });

export const deleteRecordAction = defineAction("deleteRecordAction", recordSchema, async ({ recordType, id }, { user }) => {
  await setDeleted(recordType, id, true, user);
  revalidatePath("/", "layout");
  redirect(`/deleted?deleted=${recordType}:${id}`);
});

export const restoreRecordAction = defineAction("restoreRecordAction", recordSchema, async ({ recordType, id }, { user }) => {
  await setDeleted(recordType, id, false, user);
  revalidatePath("/", "layout");
  const href = recordHref({ type: recordType, id });
  if (href) redirect(href);
  return { status: "success", message: "Restored." };
});

export const createLinkAction = defineAction("createLinkAction", linkSchema, async (input, { user }) => {
  await createLink(input, user);
  revalidatePath("/", "layout");
  return { status: "success", message: "Linked." };
});

export const deleteLinkAction = defineAction("deleteLinkAction", z.object({ id: id("Link") }), async ({ id }, { user }) => {
  await deleteLink(id, user);
  revalidatePath("/", "layout");
  return { status: "success", message: "Link removed." };
});
