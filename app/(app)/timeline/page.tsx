import { firstParam, oneOf, type SearchParamsProps } from "@/lib/params";
import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listHref, parseTimelineQuery, timelineQueryString, type TimelineQuery } from "@/lib/timeline/query";
import { timelineSource } from "@/lib/timeline/source";
import { timelineEvents } from "@/lib/timeline/events";
import { pageOf } from "@/lib/timeline/page-of";
import { FORMATS } from "@/lib/timeline/formats";
import { EVENT_TYPE_LABEL } from "@/lib/timeline/event";
import { seriesOptions } from "@/lib/series/queries";
import { topicOptions, topicTree } from "@/lib/topics/queries";
import { countryOptions } from "@/lib/reference/countries";
import { parsePage } from "@/lib/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { TimelineView } from "@/components/timeline/timeline-view";
import { optionsOf, SelectField } from "@/components/ui/fields";
import { LANE_MODES, layoutTimeline, type LaneMode } from "@/lib/charts/timeline-layout";
import { TimelineChart } from "@/components/charts/timeline-chart";

export const metadata: Metadata = { title: "Timeline" };

function Filters({
  query,
  series,
  topics,
  lanes,
}: {
  query: Extract<TimelineQuery, { of: "timeline" }>;
  series: { value: string; label: string }[];
  topics: { value: string; label: string }[];
  lanes: LaneMode;
}) {
  const f = query.state.filters;
  const countries = countryOptions();
  return (
    <form method="get" action="/timeline" className="filters no-print" aria-label="Choose the timeline">
      {f.person[0] ? <input type="hidden" name="person" value={f.person[0]} /> : null}
      {f.organisation[0] ? <input type="hidden" name="organisation" value={f.organisation[0]} /> : null}
      {[
        { name: "series", label: "Series", options: series, placeholder: "Any series", value: f.series[0] },
        { name: "topic", label: "Theme", options: topics, placeholder: "Any theme", value: f.topic[0] },
        { name: "country", label: "Country", options: countries, placeholder: "Any country", value: f.country[0] },
        { name: "country", label: "And country", options: countries, placeholder: "—", value: f.country[1] },
      ].map(({ value, ...select }) => (
        <SelectField key={select.label} {...select} defaultValue={value ?? ""} />
      ))}
      <div className="field">
        <label htmlFor="tl-from">From year</label>
        <input id="tl-from" name="from" inputMode="numeric" pattern="\d{4}" size={6} defaultValue={f.from[0] ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="tl-to">To year</label>
        <input id="tl-to" name="to" inputMode="numeric" pattern="\d{4}" size={6} defaultValue={f.to[0] ?? ""} />
      </div>
      <SelectField
        name="type"
        label="Events"
        options={Object.entries(EVENT_TYPE_LABEL).map(([value, label]) => ({ value, label: `${label}s` }))}
        placeholder="All events"
        defaultValue={f.type[0] ?? ""}
      />
      <SelectField name="lanes" label="Lanes by" options={optionsOf(LANE_MODES)} defaultValue={lanes} />
      <button type="submit">Show</button>
    </form>
  );
}

export default async function TimelinePage({ searchParams }: SearchParamsProps) {
  await requireUser();
  const raw = await searchParams;
  const query = parseTimelineQuery(raw);
  const { page } = parsePage(raw.page);
  const lanes = oneOf(LANE_MODES, firstParam(raw.lanes)) ?? "series";
  const source = await timelineSource(query);
  const [{ shown, more }, series, tree] = await Promise.all([
    pageOf(timelineEvents(source.branches, ""), page),
    seriesOptions(),
    topicTree(),
  ]);
  const qs = timelineQueryString(query);
  const back = listHref(query);
  const lanesParam = lanes === "series" ? "" : `lanes=${lanes}&`;
  const pageHref = (n: number) => `/timeline${qs}${qs ? "&" : "?"}${lanesParam}page=${n}`;
  const years = query.of === "timeline" ? query.state.filters : null;
  const layout = layoutTimeline(shown, lanes, {
    from: years?.from[0] ? Number(years.from[0]) : undefined,
    to: years?.to[0] ? Number(years.to[0]) : undefined,
  });
  return (
    <article className="timeline-page">
      <PageHeader title={source.title} eyebrow="Timeline">
        {back ? (
          <p className="no-print">
            <Link href={back}>Back to the list</Link>
          </p>
        ) : null}
        <nav aria-label="Download this timeline" className="exports no-print">
          <span>Download:</span>
          <ul className="inline-list">
            {Object.entries(FORMATS).map(([name, format]) => (
              <li key={name}>
                <a href={`/timeline/export?format=${name}${qs ? `&${qs.slice(1)}` : ""}`} download>
                  {format.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="muted no-print">
          To print a briefing or save it as PDF, use your browser&rsquo;s Print command: the page prints without menus
          and filters.
        </p>
      </PageHeader>
      {query.of === "timeline" ? (
        <Filters query={query} series={series} topics={topicOptions(tree)} lanes={lanes} />
      ) : null}
      {shown.length ? (
        <TimelineChart
          layout={layout}
          title={`${source.title}: ${shown.length} events drawn on a time axis, in lanes by ${LANE_MODES[lanes].toLowerCase()}${more || page > 1 ? ` (page ${page})` : ""}`}
        />
      ) : null}
      <TimelineView events={shown} />
      {page > 1 || more ? (
        <nav className="pagination no-print" aria-label="Pages">
          {page > 1 ? (
            <Link rel="prev" href={pageHref(page - 1)}>
              ← Earlier events
            </Link>
          ) : (
            <span aria-hidden="true" />
          )}
          <span>Page {page}</span>
          {more ? (
            <Link rel="next" href={pageHref(page + 1)}>
              Later events →
            </Link>
          ) : (
            <span aria-hidden="true" />
          )}
        </nav>
      ) : null}
    </article>
  );
}
