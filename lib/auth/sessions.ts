import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import type { Role } from "@/lib/domain";

// Sessions live in the database (see docs/decisions/005-sessions-and-trust.md). The signed cookie carries
// only the session's id; every request checks that the row still exists, has not reached its
// absolute expiry and belongs to an active user. Ending a session is deleting its row, which every
// app instance sees at the next request.

/** Sessions last a working day from sign-in; signing in again is cheap, a stolen cookie is not. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export type LiveSession = { id: string; user: { id: number; email: string; name: string; role: Role } };

/** Starts a session at sign-in (in the sign-in's transaction) and returns its id for the cookie. */
export async function startSession(tx: Tx, userId: number, clientIp: string, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await tx.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  await tx.session.create({
    data: { id, userId, clientIp, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return id;
}

/**
 * The session and its user, or null when it was ended, has expired, its user is deactivated or
 * (given `userId`, the token's) it belongs to someone else.
 */
export async function liveSession(id: unknown, userId?: number, now = new Date()): Promise<LiveSession | null> {
  if (typeof id !== "string" || id.length === 0 || id.length > 100) return null;
  const session = await db.session.findUnique({
    where: { id },
    select: {
      id: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true } },
    },
  });
  if (!session || session.expiresAt <= now || !session.user.active) return null;
  if (userId !== undefined && session.user.id !== userId) return null;
  const { id: ownerId, email, name, role } = session.user;
  return { id: session.id, user: { id: ownerId, email, name, role } };
}

/** Ends one session (signing out). */
export async function endSession(id: unknown): Promise<void> {
  if (typeof id === "string") await db.session.deleteMany({ where: { id } });
}

/**
 * Ends a user's sessions, all of them or all but `except` (the browser that changed its own
 * password stays signed in). Runs in the transaction of the change that calls for it.
 */
export async function endUserSessions(tx: Tx, userId: number, except?: string): Promise<void> {
  await tx.session.deleteMany({ where: { userId, ...(except ? { id: { not: except } } : {}) } });
}
