import { describe, expect, it } from "vitest";
import { allowedTransitions, canTransition } from "./lifecycle";

describe("agreement lifecycle", () => {
  it("moves forward through negotiation, signature and force", () => {
    expect(canTransition("UNDER_NEGOTIATION", "SIGNED")).toBe(true);
    expect(canTransition("SIGNED", "IN_FORCE")).toBe(true);
    expect(canTransition("IN_FORCE", "EXPIRED")).toBe(true);
  });
  it("refuses to go back from signed to proposed or under negotiation", () => {
    expect(canTransition("SIGNED", "PROPOSED")).toBe(false);
    expect(canTransition("SIGNED", "UNDER_NEGOTIATION")).toBe(false);
  });
  it("treats termination as final and lets withdrawn talks resume", () => {
    expect(allowedTransitions("TERMINATED")).toEqual([]);
    expect(canTransition("WITHDRAWN", "UNDER_NEGOTIATION")).toBe(true);
  });
  it("never allows staying in the same status", () => {
    for (const status of [
      "PROPOSED",
      "UNDER_NEGOTIATION",
      "SIGNED",
      "IN_FORCE",
      "EXPIRED",
      "TERMINATED",
      "WITHDRAWN",
    ] as const) {
      expect(canTransition(status, status)).toBe(false);
    }
  });
});

describe("the status change form", () => {
  it("asks for the date when the field is missing altogether, not only when it is blank", async () => {
    const { statusChangeSchema } = await import("./schema");
    for (const date of [undefined, ""]) {
      const parsed = statusChangeSchema.safeParse({
        agreementId: "1",
        version: "1",
        status: "SIGNED",
        ...(date === undefined ? {} : { date }),
      });
      expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["date", "Give the date of the change (a year is enough)"],
      ]);
    }
  });
});
