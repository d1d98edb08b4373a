"use server";
import { z } from "zod";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction, done, savedTo } from "@/lib/action";
import { id } from "@/lib/forms/fields";
import { setDeleted } from "@/lib/records/soft-delete";
import { DELETABLE_TYPES, PART_TYPES, isOneOf } from "@/lib/records/registry";
import { recordHref } from "@/lib/records/titles";
import { linkSchema } from "@/lib/links/schema";
import { createLink, deleteLink } from "@/lib/links/mutations";

const recordSchema = z.object({ recordType: z.enum(DELETABLE_TYPES), id: id() });

// Parts of a page (a participant, an outcome, a citation) are deleted in place, with an undo; a
// record with a page of its own sends the analyst to the deleted records, where it can be restored at once.

export const deleteRecordAction = defineAction(
  "deleteRecordAction",
  recordSchema,
  async ({ recordType, id }, { user }) => {
    await setDeleted(recordType, id, true, user);
    // A part stays on screen, turned into its "Deleted. Undo" notice, until the page is next loaded:
    // refreshing the page now would take the undo away with it.
    if (isOneOf(PART_TYPES, recordType)) return { status: "success", message: "Deleted." };
    revalidatePath("/", "layout");
    redirect(`/deleted?deleted=${recordType}:${id}`);
  },
);

export const restoreRecordAction = defineAction(
  "restoreRecordAction",
  recordSchema,
  async ({ recordType, id }, { user }) => {
    await setDeleted(recordType, id, false, user);
    const href = isOneOf(PART_TYPES, recordType) ? null : recordHref({ type: recordType, id });
    return href ? savedTo(href, "restored") : done("Restored.");
  },
);

export const createLinkAction = defineAction("createLinkAction", linkSchema, async (input, { user }) => {
  await createLink(input, user);
  return done("Linked.");
});

export const deleteLinkAction = defineAction(
  "deleteLinkAction",
  z.object({ id: id("Link") }),
  async ({ id }, { user }) => {
    await deleteLink(id, user);
    return done("Link removed.");
  },
);
