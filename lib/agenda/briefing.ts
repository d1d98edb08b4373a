import type { DatePrecision } from "@/generated/prisma/enums";
import type { CarryOver } from "@/lib/rounds/carry-over";
import { formatDate, today } from "@/lib/dates";
import {
  agendaItemStatusLabel,
  agreementStatusLabel,
  followUpStatusLabel,
  outcomeKindLabel,
  plural,
} from "@/lib/labels";
import { escapeMarkdown as md, markdownLink } from "@/lib/markdown";
import { ageOf } from "@/lib/rounds/age";
import { TREND_LABEL } from "@/lib/rounds/theme-trends";
import type { Agenda, AgendaItemRow } from "./queries";

// "Briefing for the next round": what a planned meeting inherits and its agenda, narrowed by
// theme, as one document. The printed page and the Markdown download are made from the same data.

export type BriefingMeeting = {
  id: number;
  title: string;
  startDate: Date | null;
  startPrecision: DatePrecision;
  venueCity: string | null;
  series: { id: number; name: string };
};

export type Briefing = {
  meeting: BriefingMeeting;
  carried: CarryOver;
  agenda: Agenda;
  theme: { slug: string; name: string } | null;
  printed: Date;
};

const hasTheme = (slug: string) => (r: { topics: { topic: { slug: string } }[] }) =>
  r.topics.some((t) => t.topic.slug === slug);

/** What is inherited, about one theme only: its commitments, agreements and its own trend. */
export function forTheme(carried: CarryOver, slug: string | null): CarryOver {
  if (!slug) return carried;
  return {
    ...carried,
    open: carried.open.filter(hasTheme(slug)),
    pending: carried.pending.filter(hasTheme(slug)),
    themes: carried.themes.filter((t) => t.slug === slug),
  };
}

/** The line under the title: the filters in force and the day it was made. */
export function briefingFilters(b: Pick<Briefing, "theme" | "printed">): string {
  const filters = b.theme ? `theme “${b.theme.name}”` : "none";
  return `Filters: ${filters}. Printed ${formatDate(b.printed)}.`;
}

/** Where an agenda item came from, in words. */
function origin(item: AgendaItemRow): string {
  const parts = [
    item.outcome ? `commitment (${followUpStatusLabel[item.outcome.followUpStatus ?? "OPEN"].toLowerCase()})` : null,
    item.agreement ? `agreement (${agreementStatusLabel[item.agreement.status].toLowerCase()})` : null,
    item.topic ? "theme" : null,
    item.carriedFrom ? `carried from ${item.carriedFrom.dialogue.title}` : null,
  ].filter(Boolean);
  return parts.length ? ` (${md(parts.join("; "))})` : "";
}

export function briefingMarkdown(b: Briefing, site: string): string {
  const url = (path: string) => new URL(path, site).href;
  const { meeting, carried, agenda } = b;
  const when = meeting.startDate ? formatDate(meeting.startDate, meeting.startPrecision) : "date not fixed";
  const lines = [
    `# Briefing for the next round: ${md(meeting.title)}`,
    "",
    [md(meeting.series.name), md(when), meeting.venueCity ? md(meeting.venueCity) : null].filter(Boolean).join(" · "),
    "",
    briefingFilters(b),
    "",
    "## Agenda",
    "",
  ];
  if (!agenda.items.length) lines.push("No agenda items yet.");
  agenda.items.forEach((item, i) => {
    const status = item.status ? ` — ${agendaItemStatusLabel[item.status]}` : "";
    lines.push(`${i + 1}. **${md(item.title)}**${origin(item)}${status}${item.note ? `. ${md(item.note)}` : ""}`);
  });
  if (agenda.carried.length) {
    lines.push("", "### Carried forward, unfinished", "");
    for (const item of agenda.carried)
      lines.push(
        `- **${md(item.title)}**, from ${md(item.dialogue.title)}${item.status ? ` (${agendaItemStatusLabel[item.status].toLowerCase()})` : " (not marked)"}`,
      );
  }

  lines.push("", "## Open commitments and next steps", "");
  if (!carried.open.length) lines.push("None open.");
  for (const o of carried.open) {
    const by = o.participants.map((p) => p.participation.person?.name).filter(Boolean);
    const age = ageOf(o.dialogue.startDate, b.printed);
    const facts = [
      `${outcomeKindLabel[o.kind]}, ${o.followUpStatus ? followUpStatusLabel[o.followUpStatus].toLowerCase() : "open"}`,
      `made at ${o.dialogue.title}${age ? `, ${age} ago` : ""}`,
      by.length ? `by ${by.join(" and ")}` : null,
      o.dueDate
        ? `due ${formatDate(o.dueDate, o.duePrecision)}${o.dueDate < today(b.printed) ? " (overdue)" : ""}`
        : null,
    ].filter(Boolean);
    lines.push(`- ${markdownLink(o.text, url(`/outcomes/${o.id}`))} — ${md(facts.join("; "))}`);
  }

  lines.push("", "## Agreements still to conclude", "");
  if (!carried.pending.length) lines.push("None proposed or under negotiation.");
  for (const a of carried.pending)
    lines.push(
      `- ${markdownLink(a.title, url(`/agreements/${a.id}`))} — ${md(agreementStatusLabel[a.status])}${a.dialogue ? `, from ${md(a.dialogue.title)}` : ""}`,
    );

  lines.push("", "## Themes", "");
  if (!carried.themes.length) lines.push("No themes recorded for earlier rounds.");
  for (const t of carried.themes)
    lines.push(`- ${md(t.name)} — ${TREND_LABEL[t.trend]}${t.rounds > 1 ? `, ${plural(t.rounds, "round")}` : ""}`);

  lines.push("", "## The last round's sources", "");
  if (!carried.sources.length) lines.push("No source cited for the last round.");
  for (const s of carried.sources) {
    const facts = [s.publisher, s.publishedDate ? formatDate(s.publishedDate, s.publishedPrecision) : null].filter(
      Boolean,
    );
    const title = s.url ? markdownLink(s.title, s.url) : `*${md(s.title)}*`;
    lines.push(`- ${title}${facts.length ? `, ${md(facts.join(", "))}` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}
