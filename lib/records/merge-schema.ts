import { z } from "zod";
import { id, requiredText } from "@/lib/forms/fields";

/** Merging a duplicate (named in the form) into the record being kept. */
export const mergeSchema = z.object({
  keepId: id("Record"),
  duplicate: requiredText("Duplicate", 300),
});
