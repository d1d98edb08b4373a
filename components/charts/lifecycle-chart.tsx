"use client";
// Client-rendered only so React sends the SVG whole (see decision 011); the layout comes from the server.
import type { LifecycleLayout } from "@/lib/charts/lifecycle-layout";
import { LIFECYCLE } from "@/lib/charts/lifecycle-dimensions";
import { GRID, INK, MUTED_INK, STATUS_COLOUR } from "@/lib/charts/palette";
import { ChartFigure } from "./chart-figure";

/** An agreement's status periods over time as one bar, the projected rest of its term hatched. */
export function LifecycleChart({ layout, title }: { layout: LifecycleLayout; title: string }) {
  const { barY, barHeight } = LIFECYCLE;
  return (
    <ChartFigure
      id="lifecycle"
      className="lifecycle-chart"
      title={title}
      width={LIFECYCLE.width}
      height={LIFECYCLE.height}
      role="img"
      describedBy="lifecycle-desc"
    >
      <desc id="lifecycle-desc">
        {[...layout.segments.map((s) => s.name), ...layout.endings.map((e) => e.name)].join("; ")}.
      </desc>
      <defs>
        <pattern id="projected-hatch" width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} fill="#ffffff" />
          <line x1={0} y1={0} x2={0} y2={6} stroke={STATUS_COLOUR.PROJECTED} strokeWidth={3} />
        </pattern>
      </defs>
      {layout.ticks.map((t) => (
        <g key={t.x}>
          <line x1={t.x} x2={t.x} y1={12} y2={barY + barHeight + 6} stroke={GRID} />
          {t.x < LIFECYCLE.x1 - 1 ? (
            <text x={t.x + 3} y={12}>
              {t.label}
            </text>
          ) : null}
        </g>
      ))}
      {layout.segments.map((s) => (
        <g key={`${s.status}-${s.x}`}>
          <rect
            x={s.x}
            y={barY}
            width={s.width}
            height={barHeight}
            fill={s.status === "PROJECTED" ? "url(#projected-hatch)" : STATUS_COLOUR[s.status]}
            stroke={STATUS_COLOUR[s.status]}
            strokeDasharray={s.status === "PROJECTED" ? "4 2" : undefined}
          />
          {s.label ? (
            <text
              x={s.x + 4}
              y={barY + barHeight - 5}
              fill={s.status === "PROJECTED" ? INK : "#ffffff"}
              fontWeight={600}
            >
              {s.label}
            </text>
          ) : null}
        </g>
      ))}
      {layout.endings.map((e) => (
        <g key={`${e.status}-${e.x}`}>
          <line
            x1={e.x}
            x2={e.x}
            y1={barY - 4}
            y2={barY + barHeight + 4}
            stroke={STATUS_COLOUR[e.status]}
            strokeWidth={3}
          />
          <text x={e.x + 4} y={barY + barHeight + 16} fill={MUTED_INK}>
            {e.name}
          </text>
        </g>
      ))}
      <line
        x1={layout.todayX}
        x2={layout.todayX}
        y1={barY - 6}
        y2={barY + barHeight + 6}
        stroke={INK}
        strokeDasharray="2 2"
      />
      <text x={layout.todayX - 3} y={LIFECYCLE.height - 4} textAnchor="end" fill={MUTED_INK}>
        today
      </text>
    </ChartFigure>
  );
}
