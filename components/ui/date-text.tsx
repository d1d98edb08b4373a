import type { DatePrecision } from "@/lib/domain";
import { formatDate, isoDate } from "@/lib/dates";

/** A date shown no more precisely than it is known, with a machine-readable <time>. */
export function DateText({ date, precision = "DAY" }: { date: Date | null; precision?: DatePrecision | null }) {
  if (!date) return <span className="muted">date not known</span>;
  return <time dateTime={isoDate(date, precision)}>{formatDate(date, precision)}</time>;
}
