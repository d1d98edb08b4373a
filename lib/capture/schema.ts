import { z } from "zod";
import { SourceKind } from "@/generated/prisma/enums";
import { id, optionalText, optionalUrl, requiredText, titled, vagueDate, version } from "@/lib/forms/fields";

/** The text (pasted, or uploaded as the form's `file`) and what is known of its source. */
export const startCaptureSchema = z.object({
  content: optionalText("Text or web page of the readout", 500_000),
  published: vagueDate("Published"),
  url: optionalUrl("Web address"),
  kind: titled(
    z.preprocess((v) => (v === "" ? undefined : v), z.enum(SourceKind).optional()),
    "Kind of source",
  ),
});

/** A term an analyst turned down for good ("never suggest this"), from the review of a draft. */
export const ignoreTermSchema = z.object({ draftId: id("Draft"), ignore: requiredText("Term", 200) });

/** A draft at the version its form was loaded at (saving the review, or discarding the draft). */
export const draftVersionSchema = z.object({ draftId: id("Draft"), version });
