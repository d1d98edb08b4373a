"use client";
// A client component only so the SVG reaches the browser whole: React streams pieces of a large
// server-rendered SVG in hidden <svg style="display:none"> wrappers, which the CSP (no inline
// styles) refuses. Its layout is computed on the server (lib/charts/timeline-layout.ts); this only draws it.
import type { Mark, TimelineLayout } from "@/lib/charts/timeline-layout";
import { CHART } from "@/lib/charts/timeline-dimensions";
import { GRID, hatchId, KIND_COLOUR, MUTED_INK, RULE } from "@/lib/charts/palette";
import { ChartPatterns } from "./chart-patterns";
import { ChartFigure } from "./chart-figure";

/** A mark's shape by kind of event, so kind is carried by more than its colour. */
function MarkShape({ mark, y }: { mark: Mark; y: number }) {
  const h = CHART.markHeight;
  const colour = KIND_COLOUR[mark.type];
  const paint = {
    fill: mark.planned ? `url(#${hatchId(mark.type)})` : colour,
    stroke: colour,
    strokeWidth: 1.5,
    strokeDasharray: mark.planned ? "3 2" : undefined,
    className: "mark",
  };
  if (mark.type === "agreement" || mark.type === "expiry") {
    // a diamond centred on the date's period (for an expiry, a bar end)
    const cx = mark.x + mark.width / 2;
    const points =
      mark.type === "agreement"
        ? `${cx},${y} ${cx + h / 2},${y + h / 2} ${cx},${y + h} ${cx - h / 2},${y + h / 2}`
        : `${cx - 2},${y} ${cx + 2},${y} ${cx + 2},${y + h} ${cx - 2},${y + h}`;
    return <polygon points={points} {...paint} />;
  }
  if (mark.type === "commitment" || mark.type === "assessment") {
    const cx = mark.x + mark.width / 2;
    return <polygon points={`${cx},${y} ${cx + h / 2},${y + h} ${cx - h / 2},${y + h}`} {...paint} />;
  }
  return <rect x={mark.x} y={y} width={mark.width} height={h} rx={2} {...paint} />;
}

/**
 * The drawn timeline: lanes on a real time axis, one link per event (focusable, named, captioned on
 * focus), planned events hatched, undated ones in their own column. Rendered on the server.
 */
export function TimelineChart({
  layout,
  title,
  id = "timeline-chart",
}: {
  layout: TimelineLayout;
  title: string;
  id?: string;
}) {
  const { plot, lanes, ticks, undatedX, span } = layout;
  const count = lanes.reduce((n, l) => n + l.marks.length, 0);
  const description = `${count} events in ${lanes.length} ${lanes.length === 1 ? "lane" : "lanes"}${
    span ? `, ${span.from === span.to ? span.from : `${span.from} to ${span.to}`}` : ""
  }. Planned events are hatched; the list below gives every event in full.`;
  const bottom = layout.height - 4;
  return (
    <ChartFigure
      id={id}
      className="timeline-chart"
      title={title}
      width={layout.width}
      height={layout.height}
      role="group"
      describedBy={`${id}-desc`}
    >
      <desc id={`${id}-desc`}>{description}</desc>
      <ChartPatterns />
      <g className="axis" aria-hidden="true">
        {ticks.map((t) => (
          <g key={t.x}>
            <line x1={t.x} x2={t.x} y1={CHART.axisHeight - 6} y2={bottom} stroke={t.major ? RULE : GRID} />
            {t.x < plot.x1 - 1 ? (
              <text x={t.x + 3} y={CHART.axisHeight - 10}>
                {t.label}
              </text>
            ) : null}
          </g>
        ))}
        {undatedX !== null ? (
          <>
            <line x1={undatedX - 5} x2={undatedX - 5} y1={0} y2={bottom} stroke={RULE} strokeDasharray="4 3" />
            <text x={undatedX} y={CHART.axisHeight - 10}>
              Date unknown
            </text>
          </>
        ) : null}
      </g>
      {lanes.map((lane) => (
        <g key={lane.key} className="lane">
          <line x1={0} x2={layout.width} y1={lane.y} y2={lane.y} stroke={RULE} aria-hidden="true" />
          <text
            fill={MUTED_INK}
            fontWeight={600}
            x={4}
            y={lane.y + CHART.lanePadding + CHART.markHeight - 2}
            aria-hidden="true"
          >
            {lane.label.length > 26 ? `${lane.label.slice(0, 25)}…` : lane.label}
          </text>
          {lane.lifecycles.map((l) => (
            <rect
              key={l.key}
              fill={KIND_COLOUR.agreement}
              opacity={0.45}
              x={l.x}
              width={l.width}
              y={lane.y + CHART.lanePadding + l.row * CHART.rowHeight + CHART.markHeight / 2 - 2}
              height={4}
              aria-hidden="true"
            />
          ))}
          {lane.marks.map((mark) => {
            const y = lane.y + CHART.lanePadding + mark.row * CHART.rowHeight;
            const captionX = Math.min(Math.max(mark.x, plot.x0), layout.width - 260);
            return (
              <a key={mark.uid} href={mark.href} aria-label={`${mark.name}. ${lane.label}`} className="mark-link">
                <MarkShape mark={mark} y={y} />
                {mark.label ? (
                  <text x={mark.x + Math.max(mark.width, CHART.markHeight / 2) + 4} y={y + CHART.markHeight - 3}>
                    {mark.label}
                  </text>
                ) : null}
                <text
                  className="mark-caption"
                  visibility="hidden"
                  fontWeight={600}
                  x={captionX}
                  y={Math.max(y - 4, 12)}
                >
                  {mark.name.length > 44 ? `${mark.name.slice(0, 43)}…` : mark.name}
                </text>
              </a>
            );
          })}
        </g>
      ))}
    </ChartFigure>
  );
}
