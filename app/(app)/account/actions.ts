"use server";
import { defineAction } from "@/lib/action";
import { changePasswordSchema } from "@/lib/users/schema";
import { changeOwnPassword } from "@/lib/users/mutations";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { createFeedSchema, createTokenSchema, expiryOf, revokeTokenSchema } from "@/lib/tokens/schema";
import { calendarFeedUrl } from "@/lib/feeds/calendar";
import { atomFeedUrl, parseAtomTarget } from "@/lib/feeds/atom";
import { publicOrigin } from "@/lib/timeline/export";
import { createAccessToken, revokeAccessToken } from "@/lib/tokens/tokens";

export const changePasswordAction = defineAction(
  "changePasswordAction",
  changePasswordSchema,
  async (input, { user }) => {
    await changeOwnPassword(user, input.currentPassword, input.newPassword);
    return { status: "success", message: "Your password has been changed." };
  },
);

export const createApiTokenAction = defineAction("createApiTokenAction", createTokenSchema, async (input, { user }) => {
  const made = await createAccessToken(user, { kind: "API", name: input.name, expiresAt: expiryOf(input.expiresIn) });
  revalidatePath("/account");
  return {
    status: "success",
    message: `Token “${made.name}” made. Copy it now: it is shown only this once. ${made.token}`,
  };
});

export const createFeedTokenAction = defineAction(
  "createFeedTokenAction",
  createFeedSchema,
  async (input, { user }) => {
    const made = await createAccessToken(user, {
      kind: "FEED",
      name: input.name,
      expiresAt: expiryOf(input.expiresIn),
    });
    revalidatePath("/account");
    const origin = publicOrigin(await headers());
    const atom = input.atom ? parseAtomTarget(input.atom) : null;
    if (atom)
      return {
        status: "success",
        message: `Feed “${made.name}” made. Subscribe to this address in your feed reader; it is shown only this once: ${atomFeedUrl(origin, made.token, atom)}`,
      };
    const address = calendarFeedUrl(origin, made.token, input.timeline ?? "");
    return {
      status: "success",
      message: `Feed “${made.name}” made. Subscribe to this address in your calendar program; it is shown only this once: ${address}`,
    };
  },
);

export const revokeAccessTokenAction = defineAction(
  "revokeAccessTokenAction",
  revokeTokenSchema,
  async (input, { user }) => {
    const revoked = await revokeAccessToken(user, input.id);
    revalidatePath("/account");
    return { status: "success", message: `Token “${revoked.name}” revoked: it no longer works.` };
  },
);
