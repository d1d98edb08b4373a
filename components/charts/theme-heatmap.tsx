import Link from "next/link";
import type { HeatmapData } from "@/lib/charts/heatmap-query";
import { STRENGTHS } from "@/lib/outcomes/strength";
import { strengthLabel } from "@/lib/labels";
import { TREND_LABEL } from "@/lib/rounds/theme-trends";
import { formatDate } from "@/lib/dates";
import { DownloadSvg } from "./download-svg";

const roundWhen = (r: HeatmapData["columns"][number]) =>
  r.startDate ? formatDate(r.startDate, r.startPrecision === "DAY" ? "MONTH" : r.startPrecision) : "Date unknown";

/**
 * Themes by round as a table that is also the chart: a marked cell is shaded by the strongest
 * language of the round's outcomes on the theme (the rank printed in it too, so colour is not the
 * only carrier), and links to what was said. A top-level theme opens into its sub-themes by a link
 * (`expandHref`), so it works without JavaScript and the view is in the URL.
 */
export function ThemeHeatmap({
  data,
  title,
  expandHref,
}: {
  data: HeatmapData;
  title: string;
  expandHref: (slug: string, open: boolean) => string;
}) {
  const { columns, rows } = data;
  if (!rows.length) return <p className="muted">No round has a theme recorded yet.</p>;
  return (
    <figure id="heatmap-figure" className="chart heatmap-chart">
      <div className="table-scroll">
        <table className="heatmap">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              {columns.map((r) => (
                <th key={r.id} scope="col" className={r.status === "HELD" ? undefined : "planned"}>
                  <Link href={`/dialogues/${r.id}`} title={r.title}>
                    {roundWhen(r)}
                    {r.venueCity ? <span className="heat-city">{r.venueCity}</span> : null}
                    {r.status === "HELD" ? null : <span className="heat-city">planned</span>}
                  </Link>
                </th>
              ))}
              <th scope="col">At the last round</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.topic.id} className={row.depth ? "heat-sub" : undefined}>
                <th scope="row">
                  {row.expandable ? (
                    <Link
                      href={expandHref(row.topic.slug, !row.expanded)}
                      aria-expanded={row.expanded}
                      aria-label={`${row.topic.name}: ${row.expanded ? "hide" : "show"} its sub-themes`}
                      className="heat-toggle"
                    >
                      <span aria-hidden="true">{row.expanded ? "▾" : "▸"}</span> {row.topic.name}
                    </Link>
                  ) : (
                    <Link href={`/topics/${row.topic.slug}`}>{row.topic.name}</Link>
                  )}
                </th>
                {row.cells.map((cell, i) => {
                  const round = columns[i]!;
                  // an empty cell: not discussed (the legend says so; a screen reader reads "blank")
                  if (!cell.marked) return <td key={cell.roundId} className="heat heat-none" />;
                  const said = cell.strength
                    ? strengthLabel[STRENGTHS[cell.strength - 1]!]
                    : "discussed, no outcome graded";
                  return (
                    <td key={cell.roundId} className={`heat heat-${cell.strength}`}>
                      {/* a plain link: hundreds of cells need no client-side navigation or prefetching */}
                      <a href={cell.href!} aria-label={`${row.topic.name} at ${round.title}: ${said}`}>
                        {cell.strength || "•"}
                      </a>
                    </td>
                  );
                })}
                <td className="heat-trend">{row.trend ? TREND_LABEL[row.trend] : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="heat-legend">
        <span>
          An empty cell: the theme was not discussed at that round. A marked one links to what was said; its shade and
          number are the strongest language of the round&rsquo;s outcomes on the theme:
        </span>
        <ul className="inline-list">
          <li>
            <span className="heat-swatch heat-0" aria-hidden="true">
              •
            </span>{" "}
            discussed, no outcome graded
          </li>
          {STRENGTHS.map((s, i) => (
            <li key={s}>
              <span className={`heat-swatch heat-${i + 1}`} aria-hidden="true">
                {i + 1}
              </span>{" "}
              {strengthLabel[s]}
            </li>
          ))}
        </ul>
      </figcaption>
      <DownloadSvg figureId="heatmap-figure" fileName="themes-by-round" label="the heatmap" />
    </figure>
  );
}
