import type { AgreementStatus, DatePrecision } from "@/generated/prisma/enums";
import { formatDate, isoDate, periodEnd, today } from "@/lib/dates";
import { plural } from "@/lib/labels";

// An agreement's term and what follows from it on a given day: when it ends, whether the renewal
// window is open, whether it has lapsed. The rules are in docs/decisions/009-agreement-terms-and-alerts.md.

const DAY = 86_400_000;
/** The renewal window when no notice period is stated: the last 90 days of the term. */
export const DEFAULT_NOTICE_DAYS = 90;

const CONCLUDED: readonly AgreementStatus[] = ["SIGNED", "IN_FORCE"];

export type Terms = {
  status: AgreementStatus;
  signedDate: Date | null;
  entryIntoForceDate: Date | null;
  expiryDate: Date | null;
  expiryPrecision: DatePrecision | null;
  termMonths: number | null;
  autoRenews: boolean;
  renewalMonths: number | null;
  noticeDays: number | null;
};

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `months` later on the same day of the month, or the month's last day when it has no such day. */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), last)));
}

/**
 * The day the first term ends: a stated expiry (a vague one runs to the end of its period, so
 * "2025-06" is 30 June 2025 and "2025" is 31 December), else the term in months from entry into
 * force (else from signature). Null when neither is known.
 */
export function firstTermEnd(
  t: Pick<Terms, "signedDate" | "entryIntoForceDate" | "expiryDate" | "expiryPrecision" | "termMonths">,
): Date | null {
  if (t.expiryDate) {
    const end = utc(periodEnd(isoDate(t.expiryDate), t.expiryPrecision ?? "DAY"));
    return new Date(end.getTime() - DAY);
  }
  const from = t.entryIntoForceDate ?? t.signedDate;
  return from && t.termMonths ? addMonths(from, t.termMonths) : null;
}

export type TermState =
  | { kind: "none" }
  | { kind: "lapsed"; ends: Date }
  | { kind: "window"; ends: Date; days: number; renews: boolean }
  | { kind: "running"; ends: Date; days: number; renews: boolean };

/** What an agreement's term means on `on`: only a concluded agreement (signed or in force) has one running. */
export function termState(t: Terms, on: Date = today()): TermState {
  if (!CONCLUDED.includes(t.status)) return { kind: "none" };
  let ends = firstTermEnd(t);
  if (!ends) return { kind: "none" };
  const step = t.renewalMonths ?? t.termMonths;
  const renews = t.autoRenews && step !== null;
  if (renews && ends < on) {
    // Whole renewal periods since the first term ended, then one more if that still falls short.
    const months = (on.getUTCFullYear() - ends.getUTCFullYear()) * 12 + on.getUTCMonth() - ends.getUTCMonth();
    ends = addMonths(ends, Math.max(0, Math.floor(months / step!)) * step!);
    while (ends < on) ends = addMonths(ends, step!);
  }
  if (ends < on) return { kind: "lapsed", ends };
  const days = Math.round((ends.getTime() - on.getTime()) / DAY);
  const notice = t.noticeDays ?? DEFAULT_NOTICE_DAYS;
  return days <= notice ? { kind: "window", ends, days, renews } : { kind: "running", ends, days, renews };
}

/** The state in words, as the agreement page and the alerts register print it. */
export function termText(state: TermState): string | null {
  switch (state.kind) {
    case "none":
      return null;
    case "lapsed":
      return `lapsed on ${formatDate(state.ends)}`;
    case "window":
      return state.renews
        ? `renewal window open: renews automatically in ${plural(state.days, "day")} unless notice is given`
        : `renewal window open: expires in ${plural(state.days, "day")}`;
    case "running":
      return state.renews
        ? `renews automatically in ${plural(state.days, "day")}`
        : `expires in ${plural(state.days, "day")}`;
  }
}
