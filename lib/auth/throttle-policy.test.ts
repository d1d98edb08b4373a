import { describe, expect, it } from "vitest";
import { FREE_FAILURES, lockDuration, MAX_LOCK_MS, waitMessage } from "./throttle-policy";

describe("lockDuration", () => {
  it("allows the free failures", () => {
    for (let n = 1; n < FREE_FAILURES.email; n++) expect(lockDuration(n, FREE_FAILURES.email)).toBe(0);
  });
  it("locks from the last free failure on, doubling, up to the cap", () => {
    expect(lockDuration(5, 5)).toBe(30_000);
    expect(lockDuration(6, 5)).toBe(60_000);
    expect(lockDuration(7, 5)).toBe(120_000);
    expect(lockDuration(50, 5)).toBe(MAX_LOCK_MS);
  });
});

describe("waitMessage", () => {
  it("gives the wait in seconds or whole minutes, rounded up", () => {
    expect(waitMessage(29_100)).toBe("Too many failed sign-in attempts. Try again in 30 seconds.");
    expect(waitMessage(60_000)).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
    expect(waitMessage(61_000)).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
  });
});
