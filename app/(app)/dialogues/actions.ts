"use server";
import { defineAction, savedTo, done } from "@/lib/action";
import { dialogueSchema, updateDialogueSchema } from "@/lib/dialogues/schema";
import { createDialogue, updateDialogue } from "@/lib/dialogues/mutations";
import { participationSchema, updateParticipationSchema } from "@/lib/participations/schema";
import { addParticipation, updateParticipation } from "@/lib/participations/mutations";
import { followUpSchema, outcomeSchema, updateOutcomeSchema } from "@/lib/outcomes/schema";
import { createOutcome, updateFollowUp, updateOutcome } from "@/lib/outcomes/mutations";

export const createDialogueAction = defineAction("createDialogueAction", dialogueSchema, async (input, { user }) => {
  const id = await createDialogue(input, user);
  return savedTo(`/dialogues/${id}`, "created");
});

export const updateDialogueAction = defineAction(
  "updateDialogueAction",
  updateDialogueSchema,
  async (input, { user }) => {
    await updateDialogue(input, user);
    return savedTo(`/dialogues/${input.id}`);
  },
);

export const addParticipationAction = defineAction(
  "addParticipationAction",
  participationSchema,
  async (input, { user }) => {
    await addParticipation(input, user);
    return done(`${input.person} added to the delegation.`);
  },
);

export const createOutcomeAction = defineAction("createOutcomeAction", outcomeSchema, async (input, { user }) => {
  await createOutcome(input, user);
  return done("Outcome added.");
});

export const updateFollowUpAction = defineAction("updateFollowUpAction", followUpSchema, async (input, { user }) => {
  await updateFollowUp(input, user);
  return done("Follow-up saved.");
});

export const updateOutcomeAction = defineAction("updateOutcomeAction", updateOutcomeSchema, async (input, { user }) => {
  const dialogueId = await updateOutcome(input, user);
  return savedTo(`/dialogues/${dialogueId}#outcome-${input.id}`);
});

export const updateParticipationAction = defineAction(
  "updateParticipationAction",
  updateParticipationSchema,
  async (input, { user }) => {
    const dialogueId = await updateParticipation(input, user);
    return savedTo(`/dialogues/${dialogueId}#delegations`);
  },
);
