import { z } from "zod";
import { AgendaItemStatus } from "@/generated/prisma/enums";
import { id, optionalId, optionalText, titled, version } from "@/lib/forms/fields";

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** What an agenda item carries over: "OUTCOME:12" (an open commitment), "AGREEMENT:3" (a pending agreement), "TOPIC:5" (a theme). */
export const AGENDA_ORIGINS = ["OUTCOME", "AGREEMENT", "TOPIC"] as const;
export type AgendaOrigin = { type: (typeof AGENDA_ORIGINS)[number]; id: number };

const origin = titled(
  z.preprocess(
    blank,
    z
      .string()
      .transform((value, ctx): AgendaOrigin => {
        const match = /^(OUTCOME|AGREEMENT|TOPIC):(\d{1,10})$/.exec(value);
        const recordId = match ? Number(match[2]) : 0;
        if (!match || recordId < 1 || recordId > 2_147_483_647) {
          ctx.addIssue({ code: "custom", message: "Choose a commitment, an agreement or a theme from the list" });
          return z.NEVER;
        }
        return { type: match[1] as AgendaOrigin["type"], id: recordId };
      })
      .optional(),
  ),
  "Carried over from",
);

const itemTitle = titled(z.preprocess(blank, z.string().trim().max(500, "At most 500 characters").optional()), "Item");
const note = optionalText("Note", 2000);

/** A new item at the end of a meeting's agenda: carried over from a record, or typed in (then it needs a title). */
export const agendaItemSchema = z
  .object({ dialogueId: id("Meeting"), origin, title: itemTitle, note })
  .refine((item) => item.origin || item.title, {
    path: ["title"],
    message: "Name the item, or choose what it carries over",
  });

export const updateAgendaItemSchema = z.object({
  id: id("Agenda item"),
  version,
  title: titled(z.string({ error: "Item is required" }).trim().min(1, "Item is required").max(500), "Item"),
  note,
});

export const moveAgendaItemSchema = z.object({
  id: id("Agenda item"),
  version,
  direction: z.enum(["up", "down"], { error: "Move up or down" }),
});

const status = z.enum(AgendaItemStatus, { error: "Choose what became of the item" }).meta({ title: "At the meeting" });
const settledById = titled(optionalId("Settled by"), "Settled by");

/** What became of an item at a meeting that was held, and the outcome that settled it. */
export const markAgendaItemSchema = z.object({ id: id("Agenda item"), version, status, settledById });

/** An item an earlier round left unfinished, taken up on this meeting's agenda (and marked, once it is held). */
export const takeUpAgendaItemSchema = z.object({
  dialogueId: id("Meeting"),
  carriedFromId: id("Carried item"),
  status: z.preprocess(blank, status.optional()),
  settledById,
});

export type AgendaItemInput = z.infer<typeof agendaItemSchema>;
export type UpdateAgendaItemInput = z.infer<typeof updateAgendaItemSchema>;
export type MoveAgendaItemInput = z.infer<typeof moveAgendaItemSchema>;
export type MarkAgendaItemInput = z.infer<typeof markAgendaItemSchema>;
export type TakeUpAgendaItemInput = z.infer<typeof takeUpAgendaItemSchema>;
