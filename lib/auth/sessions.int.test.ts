import { beforeAll, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { authenticate } from "./sign-in";
import { endSession, liveSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { authOptions } from "./options";
import {
  changeOwnPassword,
  clearSignInLock,
  resetUserPassword,
  setUserActive,
  updateUserRole,
} from "@/lib/users/mutations";
import { listUsers } from "@/lib/users/queries";
import { FREE_FAILURES } from "./throttle-policy";

let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
});

/** Signs `user` in as a browser would, returning the session id its cookie carries. */
async function signIn(user: { email: string; password: string }) {
  const signedIn = await authenticate(user.email, user.password, "127.0.0.1");
  return signedIn!.sessionId;
}

const version = async (id: number) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** What next-auth does on every read of the session, /api/auth/session included. */
const refresh = (token: JWT) => authOptions.callbacks!.jwt!({ token } as never);

describe("sessions", () => {
  it("start at sign-in and end at sign-out, on the server", async () => {
    const viewer = await makeUser("VIEWER");
    const sid = await signIn(viewer);
    expect((await liveSession(sid))?.user).toMatchObject({ id: viewer.id, role: "VIEWER" });
    await endSession(sid);
    expect(await liveSession(sid)).toBeNull();
  });

  it("have an absolute lifetime of 8 hours from sign-in, which reading the session does not extend", async () => {
    const viewer = await makeUser("VIEWER");
    const sid = await signIn(viewer);
    const { createdAt, expiresAt } = await db.session.findUniqueOrThrow({ where: { id: sid } });
    expect(expiresAt.getTime() - createdAt.getTime()).toBe(SESSION_MAX_AGE_SECONDS * 1000);
    await refresh({ uid: viewer.id, sid });
    await refresh({ uid: viewer.id, sid });
    expect((await db.session.findUniqueOrThrow({ where: { id: sid } })).expiresAt).toEqual(expiresAt);
    expect(await liveSession(sid, undefined, new Date(expiresAt.getTime() - 1000))).not.toBeNull();
    expect(await liveSession(sid, undefined, new Date(expiresAt.getTime() + 1000))).toBeNull();
  });

  it("show the current role when read, and end when the role changes", async () => {
    const user = await makeUser("VIEWER");
    const sid = await signIn(user);
    expect(await refresh({ uid: user.id, sid, role: "ADMIN" })).toMatchObject({ role: "VIEWER" });
    await updateUserRole({ id: user.id, version: await version(user.id), role: "ANALYST" }, admin);
    await expect(refresh({ uid: user.id, sid, role: "VIEWER" })).rejects.toThrow();
    expect(await liveSession(sid)).toBeNull();
    expect((await liveSession(await signIn(user)))?.user.role).toBe("ANALYST");
  });

  it("refuse a token naming someone else's session", async () => {
    const a = await makeUser("VIEWER");
    const b = await makeUser("ADMIN");
    const sid = await signIn(a);
    await expect(refresh({ uid: b.id, sid })).rejects.toThrow();
  });

  it("all end when an admin resets the password or deactivates the account", async () => {
    const user = await makeUser("ANALYST");
    const [one, two] = [await signIn(user), await signIn(user)];
    await resetUserPassword(user.id, admin);
    expect(await liveSession(one)).toBeNull();
    expect(await liveSession(two)).toBeNull();

    const other = await makeUser("ANALYST");
    const sid = await signIn(other);
    await setUserActive({ id: other.id, version: await version(other.id), active: false }, admin);
    expect(await liveSession(sid)).toBeNull();
    expect(await db.session.count({ where: { userId: other.id } })).toBe(0);
  });

  it("end everywhere but here when the user changes their own password", async () => {
    const user = await makeUser("ANALYST");
    const here = await signIn(user);
    const elsewhere = await signIn(user);
    await changeOwnPassword({ ...user, sessionId: here }, user.password, "a brand new passphrase");
    expect(await liveSession(here)).not.toBeNull();
    expect(await liveSession(elsewhere)).toBeNull();
  });
});

describe("sign-in locks", () => {
  it("are listed for admins, who can clear them", async () => {
    const user = await makeUser("VIEWER");
    for (let i = 0; i < FREE_FAILURES.email; i++) await authenticate(user.email, "wrong guess", `10.7.0.${i}`);
    const locked = (await listUsers()).find((u) => u.id === user.id)!;
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    await clearSignInLock(user.id, admin);
    expect((await listUsers()).find((u) => u.id === user.id)!.lockedUntil).toBeNull();
    expect(await authenticate(user.email, user.password, "10.7.0.99")).not.toBeNull();
  });
});
