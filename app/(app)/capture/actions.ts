"use server";
import { redirect } from "next/navigation";
import { defineAction, done, savedTo } from "@/lib/action";
import { ActionError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { draftVersionSchema, ignoreTermSchema, startCaptureSchema } from "@/lib/capture/schema";
import { reviewInput, reviewSchema } from "@/lib/capture/review";
import { confirmCapture, discardCapture, ignoreTerm, saveCaptureChoices, startCapture } from "@/lib/capture/mutations";
import { extractDraft } from "@/lib/capture/extract";
import { loadGazetteer } from "@/lib/capture/load-gazetteer";
import { isEnglish, readUpload, UnreadableInput } from "@/lib/capture/read-file";

export const startCaptureAction = defineAction(
  "startCaptureAction",
  startCaptureSchema,
  async (input, { user, formData }) => {
    const file = formData.get("file");
    let content = input.content ?? "";
    if (file instanceof File && file.size > 0) {
      try {
        content = (await readUpload(file.name, new Uint8Array(await file.arrayBuffer()))).content;
      } catch (error) {
        if (error instanceof UnreadableInput) throw new ActionError(error.message, { file: [error.message] });
        throw error;
      }
    }
    if (!content.trim())
      throw new ActionError("Paste the readout's text, or choose a file.", {
        content: ["Paste the text here, or choose a file below"],
      });
    if (!isEnglish(content))
      throw new ActionError(
        "This text does not read as English: capture reads English readouts. Record it with the forms instead.",
        {
          content: ["Not English"],
        },
      );
    // Only a day anchors relative dates ("on Wednesday").
    const published = input.published?.precision === "DAY" ? input.published.date.toISOString().slice(0, 10) : null;
    const draft = extractDraft({ content, published, url: input.url ?? null, kind: input.kind }, await loadGazetteer());
    const id = await startCapture(draft, user);
    redirect(`/capture/${id}`);
  },
);

export const saveCaptureAction = defineAction(
  "saveCaptureAction",
  draftVersionSchema,
  async (input, { user, formData }) => {
    const choices = formValues(formData);
    choices.version = String(input.version + 1);
    await saveCaptureChoices(input.draftId, input.version, choices, user);
    const state: FormState = { ...done("Draft saved. You can come back to it from Capture."), values: choices };
    return state;
  },
);

export const discardCaptureAction = defineAction(
  "discardCaptureAction",
  draftVersionSchema,
  async (input, { user }) => {
    await discardCapture(input.draftId, input.version, user);
    return savedTo("/capture", "discarded");
  },
);

export const confirmCaptureAction = defineAction("confirmCaptureAction", reviewSchema, async (input, { user }) => {
  const dialogueId = await confirmCapture(reviewInput(input), user);
  return savedTo(`/dialogues/${dialogueId}`, "recorded");
});

export const ignoreCaptureTermAction = defineAction(
  "ignoreCaptureTermAction",
  ignoreTermSchema,
  async (input, { user }) => {
    await ignoreTerm(input.ignore, user);
    return done(`“${input.ignore}” will not be suggested again. Leave it out of this draft too.`);
  },
);
