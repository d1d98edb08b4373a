import { z } from "zod";
import { id, requiredText } from "@/lib/forms/fields";

/** How long a new token works. */
export const TOKEN_LIFETIMES = { "30": "30 days", "90": "90 days", "365": "a year", never: "until revoked" } as const;

export const createTokenSchema = z.object({
  name: requiredText("Name", 80),
  expiresIn: z
    .enum(Object.keys(TOKEN_LIFETIMES) as [keyof typeof TOKEN_LIFETIMES, ...(keyof typeof TOKEN_LIFETIMES)[]], {
      error: "Choose how long it works",
    })
    .meta({ title: "Works for" }),
});

/**
 * A feed token, and the feed whose address to give with it: a timeline's calendar (its query
 * string, as on /timeline) or an Atom feed ("inbox", "watch-5", "view-3").
 */
export const createFeedSchema = createTokenSchema.extend({
  timeline: z.string().max(2000, "At most 2,000 characters").optional().meta({ title: "Timeline" }),
  atom: z
    .string()
    .regex(/^(inbox|(watch|view)-\d{1,9})$/, "Not a feed of yours")
    .optional()
    .meta({ title: "Atom feed" }),
});

export const revokeTokenSchema = z.object({ id: id("Token") });

/** When a token made now with this lifetime stops working. */
export function expiryOf(expiresIn: keyof typeof TOKEN_LIFETIMES, now = new Date()): Date | null {
  return expiresIn === "never" ? null : new Date(now.getTime() + Number(expiresIn) * 24 * 3600 * 1000);
}
