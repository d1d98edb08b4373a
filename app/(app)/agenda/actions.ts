"use server";
import { defineAction, done } from "@/lib/action";
import {
  agendaItemSchema,
  markAgendaItemSchema,
  moveAgendaItemSchema,
  takeUpAgendaItemSchema,
  updateAgendaItemSchema,
} from "@/lib/agenda/schema";
import {
  addAgendaItem,
  markAgendaItem,
  moveAgendaItem,
  takeUpAgendaItem,
  updateAgendaItem,
} from "@/lib/agenda/mutations";

export const addAgendaItemAction = defineAction("addAgendaItemAction", agendaItemSchema, async (input, { user }) => {
  await addAgendaItem(input, user);
  return done("Added to the agenda.");
});

export const updateAgendaItemAction = defineAction(
  "updateAgendaItemAction",
  updateAgendaItemSchema,
  async (input, { user }) => {
    await updateAgendaItem(input, user);
    return done("Agenda item saved.");
  },
);

export const moveAgendaItemAction = defineAction(
  "moveAgendaItemAction",
  moveAgendaItemSchema,
  async (input, { user }) => {
    await moveAgendaItem(input, user);
    return done("Moved.");
  },
);

export const markAgendaItemAction = defineAction(
  "markAgendaItemAction",
  markAgendaItemSchema,
  async (input, { user }) => {
    await markAgendaItem(input, user);
    return done("Marked.");
  },
);

export const takeUpAgendaItemAction = defineAction(
  "takeUpAgendaItemAction",
  takeUpAgendaItemSchema,
  async (input, { user }) => {
    await takeUpAgendaItem(input, user);
    return done(input.status ? "Taken up and marked." : "Kept on this agenda.");
  },
);
