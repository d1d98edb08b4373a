import { beforeAll, describe, expect, it } from "vitest";
import { encode, decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { authenticate, SignInThrottledError } from "./sign-in";
import { throttleWait } from "./throttle";
import { SESSION_MAX_AGE_SECONDS } from "./sessions";
import { FREE_FAILURES } from "./throttle-policy";

let analyst: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  analyst = await makeUser("ANALYST");
});

describe("authenticate", () => {
  it("signs in with the right password, case-insensitively on the email, and records it", async () => {
    const user = await authenticate(`  ${analyst.email.toUpperCase()} `, analyst.password, "10.0.0.1");
    expect(user).toMatchObject({ id: analyst.id, role: "ANALYST" });
    const event = await db.auditEvent.findFirst({ where: { userId: analyst.id, action: "SIGN_IN" } });
    expect(event?.clientIp).toBe("10.0.0.1");
  });

  it("stores passwords as argon2id hashes", async () => {
    const stored = await db.user.findUniqueOrThrow({ where: { id: analyst.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(analyst.password);
  });

  it("answers a wrong password and an unknown email the same way, and records both", async () => {
    expect(await authenticate(analyst.email, "wrong password", "10.0.0.2")).toBeNull();
    expect(await authenticate("nobody@parley.test", "wrong password", "10.0.0.2")).toBeNull();
    const failed = await db.auditEvent.findMany({
      where: { action: "SIGN_IN_FAILED", clientIp: "10.0.0.2" },
      select: { userId: true, after: true },
    });
    expect(failed).toEqual(
      expect.arrayContaining([
        { userId: analyst.id, after: { email: analyst.email } },
        { userId: null, after: { email: "nobody@parley.test" } },
      ]),
    );
  });

  it("refuses a deactivated account even with the right password", async () => {
    const viewer = await makeUser("VIEWER");
    await db.user.update({ where: { id: viewer.id }, data: { active: false } });
    expect(await authenticate(viewer.email, viewer.password, "10.0.0.3")).toBeNull();
  });
});

describe("throttling", () => {
  it("locks an account after repeated failures, with the wait in the message, even for the right password", async () => {
    const target = await makeUser("VIEWER");
    for (let i = 0; i < FREE_FAILURES.email; i++)
      expect(await authenticate(target.email, `guess ${i}`, `10.1.0.${i}`)).toBeNull();
    await expect(authenticate(target.email, target.password, "10.1.0.99")).rejects.toThrow(SignInThrottledError);
    await expect(authenticate(target.email, target.password, "10.1.0.99")).rejects.toThrow(/Try again in \d+ seconds/);
    // The lock is in the database, so every app instance sees it.
    expect(await throttleWait({ email: target.email, ip: "10.9.9.9" })).toBeGreaterThan(0);
  });

  it("locks unknown emails the same way, giving no hint whether an account exists", async () => {
    for (let i = 0; i < FREE_FAILURES.email; i++) await authenticate("ghost@parley.test", "guess", `10.2.0.${i}`);
    await expect(authenticate("ghost@parley.test", "guess", "10.2.0.50")).rejects.toThrow(SignInThrottledError);
  });

  it("locks a client address that tries many accounts", async () => {
    for (let i = 0; i < FREE_FAILURES.ip; i++) await authenticate(`spray-${i}@parley.test`, "guess", "10.3.0.1");
    await expect(authenticate(analyst.email, analyst.password, "10.3.0.1")).rejects.toThrow(SignInThrottledError);
    expect(await authenticate(analyst.email, analyst.password, "10.3.0.2")).not.toBeNull();
  });
});

describe("sessions", () => {
  const secret = "test-secret-test-secret-test-secret-0123";

  it("last a working day", () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(8 * 60 * 60);
  });

  it("are refused once expired", async () => {
    const valid = await encode({ token: { uid: 1, role: "ANALYST" }, secret, maxAge: 60 });
    expect(await decode({ token: valid, secret })).toMatchObject({ uid: 1 });
    // next-auth allows 15 s of clock skew; a minute past expiry is refused.
    const expired = await encode({ token: { uid: 1, role: "ANALYST" }, secret, maxAge: -60 });
    await expect(decode({ token: expired, secret })).rejects.toThrow();
  });
});
