import { z } from "zod";
import { DialogueLevel, DialogueStatus } from "@/generated/prisma/enums";
import {
  chosenId,
  id,
  optionalCountryCode,
  optionalId,
  optionalText,
  optionalWholeNumber,
  requiredText,
  vagueDate,
  version,
} from "@/lib/forms/fields";

// One schema for the dialogue form and its actions: the form checks with it in the browser, the
// action again on the server.
export const dialogueSchema = z
  .object({
    seriesId: chosenId("Series", "Choose a series"),
    title: requiredText("Title"),
    roundNumber: optionalWholeNumber("Round"),
    level: z.enum(DialogueLevel, { error: "Choose a level" }).meta({ title: "Level" }),
    status: z.enum(DialogueStatus, { error: "Choose a status" }).meta({ title: "Status" }),
    startDate: vagueDate("Start date"),
    endDate: vagueDate("End date"),
    venueCity: optionalText("City", 120),
    venueCountry: optionalCountryCode(),
    summary: optionalText("Summary"),
    announcedById: optionalId("Announcing meeting"),
    /** topic names, comma-separated: existing topics are matched, new ones created */
    topics: optionalText("Topics", 2000),
  })
  .refine((d) => !d.endDate || !d.startDate || d.endDate.date >= d.startDate.date, {
    path: ["endDate"],
    message: "The end date is before the start date",
  });

export const updateDialogueSchema = z.intersection(dialogueSchema, z.object({ id: id("Dialogue"), version }));

export type DialogueInput = z.infer<typeof dialogueSchema>;
