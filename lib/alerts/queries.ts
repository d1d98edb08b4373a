import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isoDate, today as todayOf } from "@/lib/dates";
import { HEADER_WAIT_MS, keptCounts, keptCountsWithin, recounted } from "@/lib/browse/count-cache";
import { addMonths, termState, termText } from "@/lib/agreements/terms";
import { OPEN_FOLLOW_UP } from "@/lib/rounds/pending";
import { addDays, commitmentConcern, HORIZON_DAYS, LAPSED_DAYS } from "./rules";

// The alerts register: agreements expiring or up for renewal in the next 90 days (or lapsed
// without renewal), commitments overdue or due in the next 30 days, planned rounds in the next 60
// days without an agenda. Each kind is read newest concern first, at most PER_KIND of it.

const live = { deletedAt: null };
export const PER_KIND = 50;

export type AlertFilters = { seriesId?: number; countryCode?: string; topicIds?: number[] };

const PLANNED = ["PLANNED", "POSTPONED"] as const;

function agreementWhere(f: AlertFilters, today: Date): Prisma.AgreementWhereInput {
  return {
    ...live,
    status: { in: ["SIGNED", "IN_FORCE"] },
    // Renewing terms are rolled forward first (rollRenewals), so one index range finds them all.
    termEndsOn: { gte: addDays(today, -LAPSED_DAYS), lte: addDays(today, HORIZON_DAYS.agreement) },
    ...(f.seriesId ? { dialogue: { seriesId: f.seriesId } } : {}),
    ...(f.countryCode ? { parties: { some: { country: { code: f.countryCode } } } } : {}),
    ...(f.topicIds ? { topics: { some: { topicId: { in: f.topicIds } } } } : {}),
  };
}

function commitmentWhere(f: AlertFilters, today: Date): Prisma.OutcomeWhereInput {
  return {
    ...live,
    dialogue: {
      ...live,
      ...(f.seriesId ? { seriesId: f.seriesId } : {}),
      ...(f.countryCode ? partyOf(f.countryCode) : {}),
    },
    followUpStatus: { in: [...OPEN_FOLLOW_UP] },
    // Due by the horizon: a due date is the start of its period, so a month's must start a month earlier.
    OR: dueBy(addDays(today, HORIZON_DAYS.commitment)),
    ...(f.topicIds ? { topics: { some: { topicId: { in: f.topicIds } } } } : {}),
  };
}

/** The last day of the due date's period on or before `horizon`, by precision. */
function dueBy(horizon: Date): Prisma.OutcomeWhereInput[] {
  const next = addDays(horizon, 1);
  return [
    { OR: [{ duePrecision: "DAY" }, { duePrecision: null }], dueDate: { not: null, lte: horizon } },
    { duePrecision: "MONTH", dueDate: { not: null, lte: addMonths(next, -1) } },
    { duePrecision: "YEAR", dueDate: { not: null, lte: addMonths(next, -12) } },
  ];
}

const partyOf = (code: string) => ({ series: { parties: { some: { country: { code } } } } });

function roundWhere(f: AlertFilters, today: Date): Prisma.DialogueWhereInput {
  return {
    ...live,
    status: { in: [...PLANNED] },
    startDate: { gte: today, lte: addDays(today, HORIZON_DAYS.round) },
    agenda: { none: live },
    ...(f.seriesId ? { seriesId: f.seriesId } : {}),
    ...(f.countryCode ? partyOf(f.countryCode) : {}),
    ...(f.topicIds ? { topics: { some: { topicId: { in: f.topicIds } } } } : {}),
  };
}

const termSelect = {
  id: true,
  title: true,
  status: true,
  signedDate: true,
  entryIntoForceDate: true,
  expiryDate: true,
  expiryPrecision: true,
  termMonths: true,
  autoRenews: true,
  renewalMonths: true,
  noticeDays: true,
} as const;

/**
 * Moves the stored end of every self-renewing term that has passed to the end of its current
 * renewal period (what termState computes), so the register's range on `termEndsOn` sees it. Only
 * terms that ended since the last roll are read: after the first call, a handful at most.
 */
export async function rollRenewals(today: Date): Promise<number> {
  const stale = await db.agreement.findMany({
    where: { ...live, autoRenews: true, status: { in: ["SIGNED", "IN_FORCE"] }, termEndsOn: { lt: today } },
    select: { ...termSelect, termEndsOn: true },
    take: 5000,
  });
  const rolled = stale.flatMap((a) => {
    // From the stored end, which is at least the first one: renewal periods count on from it.
    const state = termState({ ...a, expiryDate: a.termEndsOn, expiryPrecision: "DAY" }, today);
    return state.kind === "running" || state.kind === "window" ? [{ id: a.id, ends: state.ends }] : [];
  });
  if (rolled.length)
    await db.$executeRaw`
      UPDATE "Agreement" a SET "termEndsOn" = r.ends::date
      FROM unnest(${rolled.map((r) => r.id)}::int[], ${rolled.map((r) => r.ends.toISOString().slice(0, 10))}::text[]) AS r(id, ends)
      WHERE a.id = r.id AND a."termEndsOn" < r.ends::date`;
  return rolled.length;
}

/** The agreements whose term ends in the horizon or has lapsed, with their state. */
async function agreementAlerts(f: AlertFilters, today: Date) {
  const rows = await db.agreement.findMany({
    where: agreementWhere(f, today),
    orderBy: [{ termEndsOn: "desc" }, { id: "desc" }],
    take: PER_KIND,
    select: termSelect,
  });
  return rows.flatMap((a) => {
    const state = termState(a, today);
    if (state.kind === "none") return [];
    const lapsed = state.kind === "lapsed";
    if (lapsed ? state.ends < addDays(today, -LAPSED_DAYS) : state.days > HORIZON_DAYS.agreement) return [];
    const since = lapsed ? addDays(state.ends, 1) : addDays(state.ends, -HORIZON_DAYS.agreement);
    return [{ kind: "agreement" as const, id: a.id, title: a.title, since, on: state.ends, text: termText(state)! }];
  });
}

async function commitmentAlerts(f: AlertFilters, today: Date) {
  const rows = await db.outcome.findMany({
    where: commitmentWhere(f, today),
    orderBy: [{ dueDate: "desc" }, { id: "desc" }],
    take: PER_KIND,
    select: {
      id: true,
      text: true,
      dueDate: true,
      duePrecision: true,
      dialogue: { select: { id: true, title: true } },
    },
  });
  return rows.flatMap((o) => {
    const concern = commitmentConcern(o.dueDate!, o.duePrecision, today);
    if (!concern) return [];
    return [
      {
        kind: "commitment" as const,
        id: o.id,
        title: o.text,
        since: concern.since,
        on: concern.due,
        overdue: concern.overdue,
        dialogue: o.dialogue,
        precision: o.duePrecision,
      },
    ];
  });
}

async function roundAlerts(f: AlertFilters, today: Date) {
  const rows = await db.dialogue.findMany({
    where: roundWhere(f, today),
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: PER_KIND,
    select: { id: true, title: true, startDate: true, startPrecision: true },
  });
  return rows.map((d) => ({
    kind: "round" as const,
    id: d.id,
    title: d.title,
    since: addDays(d.startDate!, -HORIZON_DAYS.round),
    on: d.startDate!,
    precision: d.startPrecision,
  }));
}

/**
 * The register for these filters: every alert, newest concern first (at most PER_KIND of each
 * kind), and how many there are of each kind.
 */
export async function alertRegister(f: AlertFilters = {}, today: Date = todayOf()) {
  await rollRenewals(today);
  const [agreements, commitments, rounds, totals] = await Promise.all([
    agreementAlerts(f, today),
    commitmentAlerts(f, today),
    roundAlerts(f, today),
    alertTotals(f, today),
  ]);
  const alerts = [...agreements, ...commitments, ...rounds].sort(
    (a, b) => b.since.getTime() - a.since.getTime() || a.on.getTime() - b.on.getTime() || a.id - b.id,
  );
  return { alerts, totals };
}

/** How many alerts of each kind (once renewals are rolled on, the stored term end says exactly which). */
async function countAlerts(f: AlertFilters, today: Date) {
  const [agreement, commitment, round] = await Promise.all([
    db.agreement.count({ where: agreementWhere(f, today) }),
    db.outcome.count({ where: commitmentWhere(f, today) }),
    db.dialogue.count({ where: roundWhere(f, today) }),
  ]);
  return { agreement, commitment, round };
}

const unfiltered = (f: AlertFilters) => !f.seriesId && !f.countryCode && !f.topicIds;

/** The kept totals with no filter, per day (the data version says whether they are current). */
const totalsKey = (today: Date) => `alert-totals:${isoDate(today)}`;
const countAll = (today: Date) => async () => {
  await rollRenewals(today);
  return countAlerts({}, today);
};

/** The totals for these filters; with none, counted once per data version and day and shared by every instance. */
function alertTotals(f: AlertFilters, today: Date) {
  return unfiltered(f) ? keptCounts(totalsKey(today), countAll(today)) : countAlerts(f, today);
}

export type Alert = Awaited<ReturnType<typeof alertRegister>>["alerts"][number];

/**
 * How many alerts there are for everyone, today: the header's count. Right after a write it may
 * be the count from before it, for as long as the recount takes, so that the first page after
 * every save does not wait for three counts.
 */
export async function alertCount(today: Date = todayOf()): Promise<number> {
  const { value } = await keptCountsWithin(totalsKey(today), HEADER_WAIT_MS, countAll(today));
  return value.agreement + value.commitment + value.round;
}

/** Resolves once this process's recount of today's totals, if one is running, is kept (for tests). */
export const alertsRecounted = (today: Date = todayOf()) => recounted(totalsKey(today));
