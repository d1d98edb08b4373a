import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { TokenKind } from "@/generated/prisma/enums";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";

// Personal access tokens: 32 random bytes, shown once; only their SHA-256 is kept, so a stolen
// database (or backup: tokens are never backed up) opens nothing. The audit trail names a token
// by its name and first characters, never by the token.

const PREFIX: Record<TokenKind, string> = { API: "parley_pat_", FEED: "parley_feed_" };
/** Characters of the token kept in clear, to tell tokens apart in a list. */
const SHOWN = 4;
/** How often a token's "last used" is written at most. */
const TOUCH_EVERY_MS = 60_000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type NewToken = { kind: TokenKind; name: string; expiresAt: Date | null };

/** Makes a token for its owner; the token itself is in the answer and nowhere else. */
export async function createAccessToken(owner: CurrentUser, input: NewToken) {
  const token = `${PREFIX[input.kind]}${randomBytes(32).toString("base64url")}`;
  const prefix = token.slice(0, PREFIX[input.kind].length + SHOWN);
  return db.$transaction(async (tx) => {
    const row = await tx.accessToken.create({
      data: {
        userId: owner.id,
        kind: input.kind,
        name: input.name,
        expiresAt: input.expiresAt,
        tokenHash: hashToken(token),
        prefix,
      },
      select: { id: true, name: true, prefix: true, expiresAt: true },
    });
    await auditRecord(tx, owner.id, "TOKEN_CREATE", ["USER", owner.id], {
      after: { token: row.name, kind: input.kind, prefix, expiresAt: input.expiresAt },
    });
    return { ...row, token };
  });
}

/** Revokes one of the owner's tokens: it stops working at once, on every app instance. */
export async function revokeAccessToken(owner: CurrentUser, id: number) {
  return db.$transaction(async (tx) => {
    const row = await tx.accessToken.findFirst({
      where: { id, userId: owner.id },
      select: { name: true, kind: true, prefix: true, revokedAt: true },
    });
    if (!row) throw new ActionError("That token does not exist.");
    if (row.revokedAt) return row;
    await tx.accessToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await auditRecord(tx, owner.id, "TOKEN_REVOKE", ["USER", owner.id], {
      before: { token: row.name, kind: row.kind, prefix: row.prefix },
    });
    return row;
  });
}

/** The owner's tokens of one kind, newest first: what the account page lists. */
export function accessTokensOf(userId: number, kind: TokenKind) {
  return db.accessToken.findMany({
    where: { userId, kind },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
}

export type TokenOwner = { tokenId: number; user: CurrentUser };

/**
 * Who a token belongs to, if it is one of this kind that still works: not revoked, not expired,
 * its owner active. Notes when it was used (at most once a minute).
 */
export async function authenticateToken(token: string, kind: TokenKind, now = new Date()): Promise<TokenOwner | null> {
  if (!token.startsWith(PREFIX[kind]) || token.length > 200) return null;
  const row = await db.accessToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      kind: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true } },
    },
  });
  if (!row || row.kind !== kind || row.revokedAt || !row.user.active) return null;
  if (row.expiresAt && row.expiresAt <= now) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS)
    await db.accessToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  const { active: _active, ...user } = row.user;
  return { tokenId: row.id, user };
}
