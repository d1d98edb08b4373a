import "server-only";
import { db } from "@/lib/db";
import { emailThrottleKey } from "@/lib/auth/throttle";

/** Every account, with when its sign-in lock (after repeated failures) ends, if it is locked now. */
export async function listUsers(now = new Date()) {
  const users = await db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, version: true, lastSignInAt: true },
  });
  const locks = await db.signInThrottle.findMany({
    where: { key: { in: users.map((u) => emailThrottleKey(u.email)) }, lockedUntil: { gt: now } },
    select: { key: true, lockedUntil: true },
  });
  const lockedUntil = new Map(locks.map((l) => [l.key, l.lockedUntil]));
  return users.map((u) => ({ ...u, lockedUntil: lockedUntil.get(emailThrottleKey(u.email)) ?? null }));
}

export async function userOptions() {
  const users = await db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return users.map((u) => ({ value: String(u.id), label: u.name }));
}
