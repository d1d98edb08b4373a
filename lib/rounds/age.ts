import { today } from "@/lib/dates";
import { plural } from "@/lib/labels";

const DAY = 86_400_000;

/** How long ago a round met, in words an analyst reads at a glance ("3 months"); null for a date to come. */
export function ageOf(date: Date | null, now: Date = today()): string | null {
  if (!date) return null;
  const days = Math.floor((now.getTime() - date.getTime()) / DAY);
  if (days < 0) return null;
  if (days < 60) return plural(days, "day");
  const months = Math.floor(days / 30.44);
  return months < 24 ? plural(months, "month") : plural(Math.floor(months / 12), "year");
}
