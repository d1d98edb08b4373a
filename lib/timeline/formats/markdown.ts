import { EVENT_TYPE_LABEL, eventHeadline, eventWhen, eventYear, type EventSource, type TimelineEvent } from "../event";
import { formatDate } from "@/lib/dates";
import { escapeMarkdown, markdownLink } from "@/lib/markdown";
import type { RowFormat } from "./format";

// A briefing: the timeline as dated bullet points under year headings, planned events marked,
// each with its sources cited. Text from the records is escaped so it cannot turn into markup.

const link = markdownLink;

function citation(s: EventSource): string {
  const title = s.url ? link(s.title, s.url) : `*${escapeMarkdown(s.title)}*`;
  return [title, s.publisher ? escapeMarkdown(s.publisher) : null, s.date ? escapeMarkdown(s.date) : null]
    .filter(Boolean)
    .join(", ");
}

function bullet(e: TimelineEvent): string {
  const what =
    e.type === "agreement"
      ? `${link(e.title, e.url)}: ${escapeMarkdown(e.statusLabel.toLowerCase())}`
      : e.type === "commitment"
        ? `Due: ${link(e.title, e.url)} (${escapeMarkdown(e.statusLabel.toLowerCase())})`
        : e.type === "assessment" || e.type === "expiry"
          ? link(eventHeadline(e), e.url)
          : `${link(e.title, e.url)}${e.location ? `, ${escapeMarkdown(e.location)}` : ""} (${escapeMarkdown(e.statusLabel.toLowerCase())})`;
  const lines = [
    `- **${escapeMarkdown(eventWhen(e))}**${e.planned ? " *(planned)*" : ""} — ${EVENT_TYPE_LABEL[e.type]}: ${what}`,
  ];
  if (e.sources.length) lines.push(`  Sources: ${e.sources.map(citation).join("; ")}`);
  return lines.join("\n") + "\n";
}

export const markdown: RowFormat = {
  extension: "md",
  contentType: "text/markdown; charset=utf-8",
  label: "Markdown briefing",
  open: (meta) => {
    let year: number | null | undefined;
    return {
      head: () =>
        `# ${escapeMarkdown(meta.title)}\n\nTimeline from ${link("Parley", meta.url)}, ${formatDate(meta.generatedAt)}. Dates are given only as precisely as they are known.\n`,
      event: (e) => {
        const y = eventYear(e);
        const heading = y !== year ? `\n## ${y ?? "Date not yet known"}\n\n` : "";
        year = y;
        return heading + bullet(e);
      },
      tail: (count) => (count === 0 ? "\nNo events.\n" : ""),
    };
  },
};
