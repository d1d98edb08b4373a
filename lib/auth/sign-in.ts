import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { Role } from "@/lib/domain";
import { hashPassword, verifyPassword } from "./password";
import { clearFailures, recordFailure, throttleWait } from "./throttle";
import { waitMessage } from "./throttle-policy";
import { startSession } from "./sessions";

export type SignedInUser = { id: number; email: string; name: string; role: Role; sessionId: string };

/** Thrown while an account or address is locked out; its message says how long to wait. */
export class SignInThrottledError extends Error {}

// Verifying against a real hash when the email is unknown keeps the timing from telling whether an
// account exists.
let dummyHash: Promise<string> | undefined;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks an email and password; null for any wrong combination, without saying which part. */
export async function authenticate(rawEmail: string, password: string, clientIp: string): Promise<SignedInUser | null> {
  const email = normaliseEmail(rawEmail).slice(0, 320);
  const keys = { email, ip: clientIp };
  const wait = await throttleWait(keys);
  if (wait > 0) throw new SignInThrottledError(waitMessage(wait));

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const valid = user
    ? await verifyPassword(user.passwordHash, password)
    : await verifyPassword(await (dummyHash ??= hashPassword("timing-equaliser")), password).then(() => false);

  if (!user || !valid || !user.active) {
    await recordFailure(keys);
    await recordAudit(db, {
      userId: user?.id ?? null,
      action: "SIGN_IN_FAILED",
      recordType: user ? "USER" : undefined,
      recordId: user?.id,
      after: { email },
      clientIp,
    });
    return null;
  }
  await clearFailures(email);
  const sessionId = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await tx.auditEvent.create({
      data: { userId: user.id, action: "SIGN_IN", recordType: "USER", recordId: user.id, clientIp },
    });
    return startSession(tx, user.id, clientIp);
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId };
}
