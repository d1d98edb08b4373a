import type { DatePrecision } from "@/lib/domain";
import { EVENT_TYPE_LABEL, eventHeadline, eventWhen, type TimelineEvent } from "../event";
import type { RowFormat } from "./format";

// Knight Lab's TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): a date is
// given only as far as it is known (year, or year and month), which TimelineJS shows as such.
// Its text fields are HTML, so everything is escaped. Undated events cannot be placed and are left out.

export const escapeHtml = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

export function timelineDate(isoDate: string, precision: DatePrecision) {
  const [year, month, day] = isoDate.split("-").map((n) => String(Number(n))) as [string, string, string];
  return precision === "YEAR" ? { year } : precision === "MONTH" ? { year, month } : { year, month, day };
}

function slide(e: TimelineEvent) {
  const facts = [e.statusLabel + (e.planned ? " (planned)" : ""), e.series, e.location, e.parties.join(", ")]
    .filter(Boolean)
    .map((f) => escapeHtml(f!));
  const sources = e.sources.map((s) =>
    s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>` : escapeHtml(s.title),
  );
  const text = [
    `<p>${facts.join(" · ")}</p>`,
    e.description ? `<p>${escapeHtml(e.description)}</p>` : "",
    sources.length ? `<p>Sources: ${sources.join("; ")}</p>` : "",
    `<p><a href="${escapeHtml(e.url)}">In Parley</a></p>`,
  ].join("");
  return {
    unique_id: e.uid,
    start_date: timelineDate(e.date!, e.precision),
    ...(e.endDate && e.endDate !== e.date ? { end_date: timelineDate(e.endDate, e.endPrecision ?? e.precision) } : {}),
    display_date: eventWhen(e),
    text: {
      headline: escapeHtml(eventHeadline(e)),
      text,
    },
    group: EVENT_TYPE_LABEL[e.type],
  };
}

export const timelinejs: RowFormat = {
  extension: "timeline.json",
  contentType: "application/json; charset=utf-8",
  label: "TimelineJS3 (Knight Lab)",
  open: (meta) => {
    let first = true;
    return {
      head: () =>
        `{"title":${JSON.stringify({ text: { headline: escapeHtml(meta.title), text: `<p>From <a href="${escapeHtml(meta.url)}">Parley</a>, ${meta.generatedAt.toISOString().slice(0, 10)}</p>` } })},"events":[\n`,
      event: (e) => {
        if (!e.date) return "";
        const text = `${first ? "" : ",\n"}${JSON.stringify(slide(e))}`;
        first = false;
        return text;
      },
      tail: () => "\n]}\n",
    };
  },
};
