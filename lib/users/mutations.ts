import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/prisma-client";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import { conflictFor } from "@/lib/records/conflict";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/session";
import { endUserSessions } from "@/lib/auth/sessions";
import { clearFailures } from "@/lib/auth/throttle";

/** Creates an account with a generated password, returned once for the admin to pass on. */
export async function createUser(
  input: { email: string; name: string; role: Role },
  by: CurrentUser | null,
  password = generatePassword(),
) {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new ActionError("There is already an account with that email.", { email: ["Already in use"] });
    }
    const user = await tx.user.create({ data: { ...input, passwordHash }, select: { id: true } });
    await auditRecord(tx, by?.id ?? null, "CREATE", ["USER", user.id], { after: input });
    return { id: user.id, password };
  });
}

async function loadForChange(tx: Tx, id: number, version: number) {
  const user = await tx.user.findUnique({
    where: { id },
    select: { id: true, version: true, role: true, active: true, email: true, name: true },
  });
  if (!user) throw new ActionError("That account does not exist.");
  if (user.version !== version) throw await userConflict(tx, id);
  return user;
}

async function userConflict(tx: Tx, id: number) {
  const user = await tx.user.findUniqueOrThrow({ where: { id }, select: { role: true, active: true, version: true } });
  return conflictFor(tx, "USER", id, { role: user.role, active: String(user.active) }, user.version);
}

/** Someone must be left to manage users. */
async function assertAnotherAdmin(tx: Tx, id: number) {
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: id } } });
  if (others === 0) throw new ActionError("This is the last active admin: make someone else an admin first.");
}

export async function updateUserRole(input: { id: number; version: number; role: Role }, by: CurrentUser) {
  await db.$transaction(async (tx) => {
    const user = await loadForChange(tx, input.id, input.version);
    if (user.role === input.role) return;
    if (user.role === "ADMIN") await assertAnotherAdmin(tx, user.id);
    const saved = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: { role: input.role, version: { increment: 1 } },
    });
    if (saved.count === 0) throw await userConflict(tx, user.id);
    await endUserSessions(tx, user.id); // a session never keeps a role its user no longer has
    await auditRecord(tx, by.id, "ROLE_CHANGE", ["USER", user.id], {
      before: { role: user.role },
      after: { role: input.role },
    });
  });
}

export async function setUserActive(input: { id: number; version: number; active: boolean }, by: CurrentUser) {
  await db.$transaction(async (tx) => {
    const user = await loadForChange(tx, input.id, input.version);
    if (user.active === input.active) return;
    if (!input.active && user.role === "ADMIN") await assertAnotherAdmin(tx, user.id);
    const saved = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: { active: input.active, version: { increment: 1 } },
    });
    if (saved.count === 0) throw await userConflict(tx, user.id);
    if (!input.active) await endUserSessions(tx, user.id);
    await auditRecord(tx, by.id, "UPDATE", ["USER", user.id], {
      before: { active: user.active },
      after: { active: input.active },
    });
  });
}

/** Sets a new generated password and returns it once. */
export async function resetUserPassword(id: number, by: CurrentUser): Promise<string> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!user) throw new ActionError("That account does not exist.");
    await tx.user.update({ where: { id }, data: { passwordHash, version: { increment: 1 } } });
    await endUserSessions(tx, id);
    await auditRecord(tx, by.id, "PASSWORD_CHANGE", ["USER", id], { after: { reset: true } });
  });
  return password;
}

export async function changeOwnPassword(
  user: CurrentUser,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(stored.passwordHash, currentPassword))) {
    throw new ActionError("Your current password is not correct.", { currentPassword: ["Not your current password"] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, version: { increment: 1 } } });
    await endUserSessions(tx, user.id, user.sessionId); // every other browser signs in again with the new password
    await auditRecord(tx, user.id, "PASSWORD_CHANGE", ["USER", user.id], { after: { reset: false } });
  });
}

/** Lets a locked-out account try again now (an admin who has checked with its owner). */
export async function clearSignInLock(id: number, by: CurrentUser): Promise<void> {
  const user = await db.user.findUnique({ where: { id }, select: { email: true } });
  if (!user) throw new ActionError("That account does not exist.");
  await clearFailures(user.email);
  await auditRecord(db, by.id, "UPDATE", ["USER", id], { after: { signInLockCleared: true } });
}
