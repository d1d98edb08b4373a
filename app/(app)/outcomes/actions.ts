"use server";
import { defineAction, done } from "@/lib/action";
import { assessmentSchema } from "@/lib/compliance/schema";
import { assessCommitment } from "@/lib/compliance/mutations";

export const assessCommitmentAction = defineAction(
  "assessCommitmentAction",
  assessmentSchema,
  async (input, { user }) => {
    await assessCommitment(input, user);
    return done("Assessment recorded.");
  },
);
