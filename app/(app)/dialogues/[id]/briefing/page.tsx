import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { firstParam, parseId, type SearchParams } from "@/lib/params";
import { loadBriefing } from "@/lib/agenda/briefing-data";
import { briefingFilters } from "@/lib/agenda/briefing";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm } from "@/components/ui/filter-form";
import { SelectField } from "@/components/ui/fields";
import { DateText } from "@/components/ui/date-text";
import { CarryOverSection } from "@/components/rounds/carry-over";
import { AgendaSection } from "@/components/agenda/agenda-section";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: "Briefing for the next round" };

/** A planned meeting's briefing: its agenda and what it inherits, for print or as Markdown. */
export default async function BriefingPage({ params, searchParams }: Props) {
  await requireUser();
  const id = parseId((await params).id);
  const theme = firstParam((await searchParams).theme);
  const briefing = id ? await loadBriefing(id, theme || null) : null;
  if (!briefing) notFound();
  const { meeting, carried, agenda } = briefing;
  const themes = new Map(carried.rounds.flatMap((r) => r.topics.map((t) => [t.topic.slug, t.topic.name] as const)));
  const query = briefing.theme ? `?theme=${encodeURIComponent(briefing.theme.slug)}` : "";
  return (
    <article className="record briefing">
      <PageHeader
        title={`Briefing for the next round: ${meeting.title}`}
        eyebrow={<Link href={`/series/${meeting.series.id}`}>{meeting.series.name}</Link>}
      >
        <p>
          <Link href={`/dialogues/${meeting.id}`}>The meeting</Link>:{" "}
          {meeting.startDate ? (
            <DateText date={meeting.startDate} precision={meeting.startPrecision} />
          ) : (
            "date not fixed"
          )}
          {meeting.venueCity ? `, ${meeting.venueCity}` : ""}.
        </p>
        <p className="briefing-filters">{briefingFilters(briefing)}</p>
      </PageHeader>
      <div className="no-print toolbar">
        <FilterForm label="Narrow the briefing">
          <SelectField
            name="theme"
            label="Theme"
            options={[...themes].map(([value, label]) => ({ value, label }))}
            placeholder="All themes"
            defaultValue={briefing.theme?.slug ?? ""}
          />
        </FilterForm>
        <p>
          <a href={`/dialogues/${meeting.id}/briefing/download${query}`} download>
            Download as Markdown
          </a>{" "}
          · print this page for a clean copy
        </p>
      </div>
      <AgendaSection
        dialogue={{ id: meeting.id, status: "PLANNED" }}
        agenda={agenda}
        canEdit={false}
        choices={[]}
        outcomes={[]}
      />
      <CarryOverSection carried={carried} />
    </article>
  );
}
