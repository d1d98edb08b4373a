// The alerts register and the derivations behind it, against the database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeAgendaItem, makeAgreement, makeCommitment, makeDialogue, makeSeries, unique } from "@/test/factories";
import { alertCount, alertRegister, alertsRecounted, rollRenewals, type AlertFilters } from "./queries";

const listAlerts = async (f: AlertFilters, today: Date) => (await alertRegister(f, today)).alerts;
const alertTotals = async (f: AlertFilters, today: Date) => (await alertRegister(f, today)).totals;

const TODAY = new Date("2026-12-03T00:00:00Z");
const mine = (title: string) => (a: { title: string }) => a.title === title;

describe("the alerts register", () => {
  it("lists terms ending in 90 days (month- and year-precise too) or lapsed, not those further off or ended", async () => {
    const seriesId = String(await makeSeries({ values: { parties: "IN, JP" } }));
    const dialogueId = String(await makeDialogue({ values: { seriesId } }));
    const make = async (values: Record<string, string>) => {
      const title = unique("Term MoU");
      await makeAgreement({ values: { title, dialogueId, parties: "India, Japan", ...values } });
      return title;
    };
    const in20 = await make({ expiryDate: "2026-12-23" });
    const month = await make({ expiryDate: "2027-02" }); // to 28 February: 87 days
    const year = await make({ expiryDate: "2027" }); // to 31 December 2027: too far
    const lapsed = await make({ expiryDate: "2026-06-30" });
    const renewing = await make({ statusDate: "2019-03-01", termMonths: "60", autoRenews: "on", renewalMonths: "12" });
    const ended = await make({ status: "TERMINATED", expiryDate: "2026-12-20" });

    const alerts = await listAlerts({ seriesId: Number(seriesId) }, TODAY);
    const texts = Object.fromEntries(
      alerts.filter((a) => a.kind === "agreement").map((a) => [a.title, (a as { text: string }).text]),
    );
    expect(texts).toEqual({
      [in20]: "renewal window open: expires in 20 days",
      [month]: "renewal window open: expires in 87 days",
      [lapsed]: "lapsed on 30 June 2026",
      [renewing]: "renewal window open: renews automatically in 88 days unless notice is given",
    });
    expect(alerts.some(mine(year)) || alerts.some(mine(ended))).toBe(false);
    // The renewing term's stored end was rolled on to its current period, once.
    const stored = await db.agreement.findFirstOrThrow({ where: { title: renewing }, select: { termEndsOn: true } });
    expect(stored.termEndsOn?.toISOString().slice(0, 10)).toBe("2027-03-01");
    expect(await rollRenewals(TODAY)).toBe(0);
    // Newest concern first: the lapse (from 1 July) is older than the 20-day window (from 24 September).
    const order = alerts.map((a) => a.title);
    expect(order.indexOf(in20)).toBeLessThan(order.indexOf(lapsed));
    expect((await alertTotals({ seriesId: Number(seriesId) }, TODAY)).agreement).toBe(4);
    // Filtered by a country that is not a party, none.
    expect((await listAlerts({ seriesId: Number(seriesId), countryCode: "FR" }, TODAY)).length).toBe(0);
  });

  it("lists commitments overdue or due in 30 days by their whole period, and rounds in 60 days with no agenda", async () => {
    const seriesId = String(await makeSeries({ values: { parties: "IN, BR" } }));
    const dialogueId = String(await makeDialogue({ values: { seriesId, startDate: "2024-02-28" } }));
    const due = async (dueDate: string, followUpStatus = "OPEN") => {
      const text = unique(`Due ${dueDate}`);
      await makeCommitment({ values: { dialogueId, text, dueDate, followUpStatus } });
      return text;
    };
    const overdue = await due("2026-11-30");
    const soon = await due("2026-12-31");
    const monthDue = await due("2026-12"); // by 31 December: in the window
    const januaryDue = await due("2027-01"); // by 31 January: not yet
    const yearOverdue = await due("2025");
    const done = await due("2026-11-01", "DONE");
    const planned = await makeDialogue({
      values: { seriesId, status: "PLANNED", startDate: "2027-01-20", title: unique("Round soon") },
    });
    const prepared = await makeDialogue({ values: { seriesId, status: "PLANNED", startDate: "2027-01-25" } });
    await makeAgendaItem({ values: { dialogueId: String(prepared) } });
    await makeDialogue({ values: { seriesId, status: "PLANNED", startDate: "2027-03-20" } });

    const alerts = await listAlerts({ seriesId: Number(seriesId) }, TODAY);
    const commitments = alerts.filter((a) => a.kind === "commitment");
    expect(commitments.map((a) => [a.title, (a as { overdue: boolean }).overdue]).sort()).toEqual(
      [
        [overdue, true],
        [soon, false],
        [monthDue, false],
        [yearOverdue, true],
      ].sort(),
    );
    expect(alerts.some(mine(januaryDue)) || alerts.some(mine(done))).toBe(false);
    expect(alerts.filter((a) => a.kind === "round").map((a) => a.id)).toEqual([planned]);
    expect(await alertTotals({ seriesId: Number(seriesId) }, TODAY)).toEqual({ agreement: 0, commitment: 4, round: 1 });
  });

  it("counts for the header once per data version and day, and again after a write", async () => {
    const before = await alertCount(TODAY);
    expect(await alertCount(TODAY)).toBe(before);
    const seriesId = String(await makeSeries());
    await makeDialogue({ values: { seriesId, status: "PLANNED", startDate: "2026-12-10" } });
    // Right after the write the header may show the count from before it while the recount runs.
    expect([before, before + 1]).toContain(await alertCount(TODAY));
    await alertsRecounted(TODAY);
    expect(await alertCount(TODAY)).toBe(before + 1);
    expect(await db.countCache.count({ where: { key: "alert-totals:2026-12-03" } })).toBe(1);
  });
});
