import { firstParam, oneOf, type SearchParamsProps } from "@/lib/params";
import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listHref, parseTimelineQuery, timelineQueryString, type TimelineQuery } from "@/lib/timeline/query";
import { timelineSource } from "@/lib/timeline/source";
import { pageOf } from "@/lib/timeline/page-of";
import { FORMATS } from "@/lib/timeline/formats";
import { EVENT_TYPE_LABEL } from "@/lib/timeline/event";
import { seriesNameOf } from "@/lib/series/queries";
import { resolveNamedFilters, type NamedFilters } from "@/lib/timeline/named-filters";
import { topicOptions, topicTree } from "@/lib/topics/queries";
import { countryName } from "@/lib/reference/countries";
import { parsePage } from "@/lib/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { TimelineView } from "@/components/timeline/timeline-view";
import { optionsOf, SelectField } from "@/components/ui/fields";
import { SuggestField } from "@/components/ui/suggest-field";
import { redirect } from "next/navigation";
import { LANE_MODES, layoutTimeline, type LaneMode } from "@/lib/charts/timeline-layout";
import { TimelineChart } from "@/components/charts/timeline-chart";

export const metadata: Metadata = { title: "Timeline" };

/**
 * The timeline's filters. Series and countries are typed, with suggestions (hundreds of series
 * would make a select too long to use and to send); they arrive by name and are matched to ids and
 * codes before the page is drawn (lib/timeline/named-filters.ts).
 */
function Filters({
  query,
  seriesName,
  unknown,
  topics,
  lanes,
}: {
  query: Extract<TimelineQuery, { of: "timeline" }>;
  seriesName: string;
  unknown: NamedFilters["unknown"];
  topics: { value: string; label: string }[];
  lanes: LaneMode;
}) {
  const f = query.state.filters;
  const countries = [...f.country.map(countryName), ...unknown.country];
  const notFound = (text: string | undefined, noun: string) =>
    text ? [`No ${noun} is called \u201c${text}\u201d: choose one of the suggestions.`] : undefined;
  return (
    <form method="get" action="/timeline" className="filters no-print" aria-label="Choose the timeline">
      {f.person[0] ? <input type="hidden" name="person" value={f.person[0]} /> : null}
      {f.organisation[0] ? <input type="hidden" name="organisation" value={f.organisation[0]} /> : null}
      {f.dialogue[0] ? <input type="hidden" name="dialogue" value={f.dialogue[0]} /> : null}
      {f.agreement[0] ? <input type="hidden" name="agreement" value={f.agreement[0]} /> : null}
      <SuggestField
        name="series"
        label="Series"
        kind="series"
        defaultValue={unknown.series ?? seriesName}
        errors={notFound(unknown.series, "series")}
      />
      <SelectField
        name="topic"
        label="Theme"
        options={topics}
        placeholder="Any theme"
        defaultValue={f.topic[0] ?? ""}
      />
      {["Country", "And country"].map((label, i) => (
        <SuggestField
          key={label}
          name="country"
          label={label}
          kind="country"
          defaultValue={countries[i] ?? ""}
          errors={notFound(unknown.country.includes(countries[i] ?? "") ? countries[i] : undefined, "country")}
        />
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
  const named = await resolveNamedFilters(await searchParams);
  if (named.redirectTo) redirect(named.redirectTo);
  const raw = named.params;
  const query = parseTimelineQuery(raw);
  const { page } = parsePage(raw.page);
  const lanes = oneOf(LANE_MODES, firstParam(raw.lanes)) ?? "series";
  const source = await timelineSource(query);
  const seriesId = query.of === "timeline" ? query.state.filters.series[0] : undefined;
  const [{ shown, more }, seriesName, tree] = await Promise.all([
    pageOf(source.branches, page),
    seriesId ? seriesNameOf(Number(seriesId)) : "",
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
        <p className="no-print">
          <a href={`/account?subscribe=${encodeURIComponent(qs.replace(/^\?/, ""))}#calendar-feeds`}>
            Subscribe in a calendar
          </a>
          : an address your calendar program follows, kept up to date.
        </p>
        <p className="muted no-print">
          To print a briefing or save it as PDF, use your browser&rsquo;s Print command: the page prints without menus
          and filters.
        </p>
      </PageHeader>
      {query.of === "timeline" ? (
        <Filters
          query={query}
          seriesName={seriesName}
          unknown={named.unknown}
          topics={topicOptions(tree)}
          lanes={lanes}
        />
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
