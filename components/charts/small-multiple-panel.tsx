"use client";
// Client-rendered only so React sends the SVG whole (see decision 011); the layout comes from the server.
import { PANEL, type Panel } from "@/lib/charts/small-multiples";
import { GRID, KIND_COLOUR, MUTED_INK, OPEN_HATCH, STANDING_FILL } from "@/lib/charts/palette";
import { ChartFigure } from "./chart-figure";

const MEASURE_FILL = { meetings: KIND_COLOUR.dialogue, agreements: KIND_COLOUR.agreement } as const;

/** The hatch open commitments are drawn with; `OPEN_HATCH` names it. */
export function OpenHatch() {
  return (
    <pattern id={OPEN_HATCH} width={5} height={5} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={5} height={5} fill="#ffffff" />
      <line x1={0} y1={0} x2={0} y2={5} stroke={KIND_COLOUR.commitment} strokeWidth={3} />
    </pattern>
  );
}

/** One of the small multiples: bars per year on the shared year axis, a few value ticks. */
export function SmallMultiplePanel({
  panel,
  xTicks,
  axisEnd,
}: {
  panel: Panel;
  xTicks: { x: number; label: string }[];
  axisEnd: number;
}) {
  const { width, height, left, bottom } = PANEL;
  const id = `overview-${panel.key}`;
  return (
    <ChartFigure
      id={id}
      className="small-multiple"
      title={panel.title}
      width={width}
      height={height}
      role="img"
      describedBy={`${id}-desc`}
    >
      <desc id={`${id}-desc`}>{panel.desc}</desc>
      {panel.key === "commitments" ? (
        <defs>
          <OpenHatch />
        </defs>
      ) : null}
      {panel.yTicks.map((t) => (
        <g key={t.value}>
          <line x1={left} x2={axisEnd} y1={t.y} y2={t.y} stroke={GRID} />
          <text x={left - 4} y={t.y + 4} textAnchor="end" fill={MUTED_INK}>
            {t.value}
          </text>
        </g>
      ))}
      {panel.bars.map((bar) =>
        bar.segments.map((s) => (
          <rect
            key={`${bar.year}-${s.standing}`}
            x={bar.x}
            y={s.y}
            width={bar.width}
            height={s.height}
            fill={s.standing ? STANDING_FILL[s.standing] : MEASURE_FILL[panel.key as keyof typeof MEASURE_FILL]}
            stroke={s.standing === "open" ? KIND_COLOUR.commitment : undefined}
          >
            <title>{`${bar.year}: ${s.count}${s.standing ? ` ${s.standing}` : ""}`}</title>
          </rect>
        )),
      )}
      <line x1={left} x2={axisEnd} y1={height - bottom} y2={height - bottom} stroke={MUTED_INK} />
      {xTicks.map((t) => (
        <text key={t.label} x={t.x} y={height - bottom + 15} textAnchor="middle" fill={MUTED_INK}>
          {t.label}
        </text>
      ))}
    </ChartFigure>
  );
}
