import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { forbidden, redirect } from "next/navigation";
import { env, servedOverHttps } from "@/lib/env";
import type { Role } from "@/lib/domain";
import { hasRole } from "./roles";
import { liveSession } from "./sessions";

export type CurrentUser = { id: number; email: string; name: string; role: Role; sessionId?: string };

/**
 * The signed-in user: the session cookie names a database session, which must still be live, so
 * that signing out, a password change, a deactivation or a role change takes effect at the next
 * request on every instance, not when the cookie expires.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const jar = await cookies();
  const token = await getToken({
    req: {
      headers: Object.fromEntries(await headers()),
      cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])),
    } as never,
    secret: env().AUTH_SECRET,
    secureCookie: servedOverHttps(),
  });
  const session = token ? await liveSession(token.sid, token.uid ?? -1) : null;
  if (!session) return null;
  return { ...session.user, sessionId: session.id };
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** For pages: a user with at least this role, or the 403 page. */
export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await requireUser();
  if (!hasRole(user.role, role)) forbidden();
  return user;
}
