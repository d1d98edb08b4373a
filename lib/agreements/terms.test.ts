import { describe, expect, it } from "vitest";
import { agreementSchema } from "./schema";
import { addMonths, firstTermEnd, termState, termText, type Terms } from "./terms";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const terms = (t: Partial<Terms>): Terms => ({
  status: "IN_FORCE",
  signedDate: day("2019-03-01"),
  entryIntoForceDate: null,
  expiryDate: null,
  expiryPrecision: null,
  termMonths: null,
  autoRenews: false,
  renewalMonths: null,
  noticeDays: null,
  ...t,
});
const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe("an agreement's term", () => {
  it("ends on a stated expiry, a vague one at the end of its period", () => {
    expect(iso(firstTermEnd(terms({ expiryDate: day("2025-06-14"), expiryPrecision: "DAY" })))).toBe("2025-06-14");
    expect(iso(firstTermEnd(terms({ expiryDate: day("2025-06-01"), expiryPrecision: "MONTH" })))).toBe("2025-06-30");
    expect(iso(firstTermEnd(terms({ expiryDate: day("2024-02-01"), expiryPrecision: "MONTH" })))).toBe("2024-02-29");
    expect(iso(firstTermEnd(terms({ expiryDate: day("2025-01-01"), expiryPrecision: "YEAR" })))).toBe("2025-12-31");
  });

  it("else runs its months from entry into force, else from signature", () => {
    expect(iso(firstTermEnd(terms({ termMonths: 60 })))).toBe("2024-03-01");
    expect(iso(firstTermEnd(terms({ termMonths: 12, entryIntoForceDate: day("2020-01-31") })))).toBe("2021-01-31");
    expect(iso(addMonths(day("2024-01-31"), 1))).toBe("2024-02-29");
    expect(firstTermEnd(terms({ signedDate: null, termMonths: 12 }))).toBeNull();
    expect(firstTermEnd(terms({}))).toBeNull();
  });

  it("expires in N days, its renewal window open in the notice period, then lapsed", () => {
    const t = terms({ expiryDate: day("2026-12-23"), expiryPrecision: "DAY", noticeDays: 30 });
    expect(termState(t, day("2026-10-01"))).toMatchObject({ kind: "running", days: 83 });
    expect(termText(termState(t, day("2026-10-01")))).toBe("expires in 83 days");
    expect(termState(t, day("2026-12-03"))).toMatchObject({ kind: "window", days: 20, renews: false });
    expect(termText(termState(t, day("2026-12-03")))).toBe("renewal window open: expires in 20 days");
    expect(termState(t, day("2026-12-23"))).toMatchObject({ kind: "window", days: 0 });
    expect(termText(termState(t, day("2026-12-24")))).toBe("lapsed on 23 December 2026");
    // A month-precise expiry is live to the month's end; without a notice period the window is 90 days.
    const june = terms({ expiryDate: day("2027-06-01"), expiryPrecision: "MONTH" });
    expect(termState(june, day("2027-06-29"))).toMatchObject({ kind: "window", days: 1 });
    expect(termState(june, day("2027-04-01"))).toMatchObject({ kind: "window", days: 90 });
    expect(termState(june, day("2027-03-31"))).toMatchObject({ kind: "running", days: 91 });
  });

  it("renews itself period after period when it says so", () => {
    const t = terms({ termMonths: 60, autoRenews: true, renewalMonths: 12, noticeDays: 180 });
    // First term to 1 March 2024, then yearly: on 3 December 2026 it runs to 1 March 2027.
    const state = termState(t, day("2026-12-03"));
    expect(state).toMatchObject({ kind: "window", renews: true, days: 88 });
    expect(iso((state as { ends: Date }).ends)).toBe("2027-03-01");
    expect(termText(state)).toBe("renewal window open: renews automatically in 88 days unless notice is given");
    expect(termState(t, day("2024-03-01"))).toMatchObject({ kind: "window", days: 0 });
    expect(iso((termState(t, day("2024-03-02")) as { ends: Date }).ends)).toBe("2025-03-01");
    // Without a renewal period it renews for its own term.
    const own = terms({ termMonths: 24, autoRenews: true });
    expect(iso((termState(own, day("2026-12-03")) as { ends: Date }).ends)).toBe("2027-03-01");
  });

  it("runs only for a concluded agreement", () => {
    const t = { expiryDate: day("2026-12-23"), expiryPrecision: "DAY" as const };
    expect(termState(terms({ ...t, status: "UNDER_NEGOTIATION" }), day("2026-12-03"))).toEqual({ kind: "none" });
    expect(termState(terms({ ...t, status: "TERMINATED" }), day("2026-12-03"))).toEqual({ kind: "none" });
    expect(termState(terms({ ...t, status: "SIGNED" }), day("2026-12-03")).kind).toBe("window");
  });
});

describe("the term fields of the agreement form", () => {
  const base = { title: "MoU", kind: "MOU", status: "SIGNED", statusDate: "2024", parties: "IN, US" };
  const errors = (values: Record<string, string>) =>
    agreementSchema.safeParse({ ...base, ...values }).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

  it("refuses a renewal with no term, and a renewal period on one that does not renew", () => {
    expect(errors({ autoRenews: "on" })).toEqual([
      ["autoRenews", "An agreement that renews itself needs a term: give the term or the renewal period in months"],
    ]);
    expect(errors({ autoRenews: "on", expiryDate: "2029" })).toHaveLength(1);
    expect(errors({ autoRenews: "on", renewalMonths: "12" })).toEqual([]);
    expect(errors({ renewalMonths: "12" })).toEqual([
      ["renewalMonths", "Tick “Renews automatically”, or leave this empty"],
    ]);
    expect(errors({ termMonths: "0" }).map(([path]) => path)).toEqual(["termMonths"]);
    expect(errors({ expiryDate: "soon" }).map(([path]) => path)).toEqual(["expiryDate"]);
  });
});
