import "server-only";
import { db } from "@/lib/db";
import { FREE_FAILURES, lockDuration, THROTTLE_WINDOW_MS } from "./throttle-policy";

export type ThrottleKeys = { email: string; ip: string };

export const emailThrottleKey = (email: string) => `email:${email}`;

const keysOf = ({ email, ip }: ThrottleKeys) => [
  { key: emailThrottleKey(email), free: FREE_FAILURES.email },
  { key: `ip:${ip}`, free: FREE_FAILURES.ip },
];

/** Milliseconds until a sign-in may be tried for this account from this address (0: now). */
export async function throttleWait(keys: ThrottleKeys, now = new Date()): Promise<number> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: keysOf(keys).map((k) => k.key) }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  return Math.max(0, ...rows.map((row) => row.lockedUntil!.getTime() - now.getTime()));
}

/** Counts a failure against the account and the address; an atomic upsert, safe across instances. */
export async function recordFailure(keys: ThrottleKeys, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  for (const { key, free } of keysOf(keys)) {
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "SignInThrottle" ("key", "failures", "windowStartsAt", "updatedAt")
      VALUES (${key}, 1, ${now}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."windowStartsAt" < ${windowStart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
        "windowStartsAt" = CASE WHEN "SignInThrottle"."windowStartsAt" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."windowStartsAt" END,
        "updatedAt" = ${now}
      RETURNING "failures"`;
    const lock = lockDuration(row!.failures, free);
    if (lock > 0)
      await db.signInThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + lock) } });
  }
}

/** A successful sign-in clears the account's counter (not the address's). */
export async function clearFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: emailThrottleKey(email) } });
}
