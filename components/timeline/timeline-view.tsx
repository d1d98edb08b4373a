import Link from "next/link";
import { EVENT_TYPE_LABEL, eventHeadline, eventWhen, eventYear, type TimelineEvent } from "@/lib/timeline/event";
import { groupBy } from "@/lib/group-by";
import { isoDate } from "@/lib/dates";

/**
 * Events on one axis, grouped by year, each date no more precise than it is known; planned
 * events are marked (and styled) apart from past ones. Prints as a plain briefing.
 */
export function TimelineView({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0)
    return <p className="muted">No meetings, agreement milestones or commitments on this timeline.</p>;
  const years = groupBy(events, eventYear);
  return (
    <div className="timeline">
      {[...years].map(([year, list]) => (
        <section key={year ?? "undated"} aria-labelledby={`year-${year ?? "undated"}`}>
          <h2 id={`year-${year ?? "undated"}`}>{year ?? "Date not yet known"}</h2>
          <ol>
            {list.map((e) => (
              <li key={e.uid} className={`event event-${e.type}${e.planned ? " planned" : ""}`}>
                <p className="when">
                  <time dateTime={e.date ? isoDate(new Date(`${e.date}T00:00:00Z`), e.precision) : undefined}>
                    {eventWhen(e)}
                  </time>
                  {e.planned ? (
                    <>
                      {" "}
                      <span className="badge badge-info">Planned</span>
                    </>
                  ) : null}
                </p>
                <p className="what">
                  <span className="kind">{EVENT_TYPE_LABEL[e.type]}:</span> <Link href={e.url}>{eventHeadline(e)}</Link>
                </p>
                <p className="meta">
                  {[
                    e.type === "agreement" || e.type === "assessment" ? null : e.statusLabel,
                    e.location,
                    e.series,
                    e.parties.join(", "),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                {e.sources.length ? (
                  <p className="sources">
                    Sources:{" "}
                    {e.sources.map((s, i) => (
                      <span key={i}>
                        {i ? "; " : null}
                        {s.url ? <a href={s.url}>{s.title}</a> : s.title}
                        {s.publisher ? `, ${s.publisher}` : null}
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
