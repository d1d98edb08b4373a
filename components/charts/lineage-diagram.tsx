"use client";
// Client-rendered only so React sends the SVG whole (see decision 011); the layout comes from the server.
import type { LineageLayout } from "@/lib/charts/lineage-layout";
import { LINEAGE_BOX } from "@/lib/charts/lineage-dimensions";
import { INK, KIND_COLOUR, MUTED_INK, RULE } from "@/lib/charts/palette";
import { ChartFigure } from "./chart-figure";

/** The lineage chain as boxes joined by labelled arrows, each box a link to its agreement. */
export function LineageDiagram({ layout, title }: { layout: LineageLayout; title: string }) {
  const { width: w, height: h } = LINEAGE_BOX;
  return (
    <ChartFigure
      id="lineage-diagram"
      className="lineage-chart"
      title={title}
      width={layout.width}
      height={layout.height}
      role="group"
      describedBy="lineage-diagram-desc"
    >
      <desc id="lineage-diagram-desc">
        {layout.nodes.length} agreements, oldest first; the list below gives each with its dates.
      </desc>
      <defs>
        <marker
          id="lineage-arrow"
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={7}
          markerHeight={7}
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={MUTED_INK} />
        </marker>
      </defs>
      {layout.edges.map((e) => (
        <g key={e.key} aria-hidden="true">
          <path d={e.d} fill="none" stroke={MUTED_INK} strokeWidth={1.5} markerEnd="url(#lineage-arrow)" />
          <text x={e.labelX} y={e.labelY} textAnchor="middle" fill={MUTED_INK}>
            {e.label}
          </text>
        </g>
      ))}
      {layout.nodes.map((n) => (
        <a
          key={n.id}
          href={n.href}
          aria-label={n.name}
          aria-current={n.current ? "true" : undefined}
          className="mark-link"
        >
          <rect
            className="mark"
            x={n.x}
            y={n.y}
            width={w}
            height={h}
            rx={4}
            fill="#ffffff"
            stroke={n.current ? KIND_COLOUR.agreement : RULE}
            strokeWidth={n.current ? 3 : 1.5}
          />
          {n.lines.map((line, i) => (
            <text key={i} x={n.x + 8} y={n.y + 16 + i * 14} fill={INK} fontWeight={n.current ? 700 : 400}>
              {line}
            </text>
          ))}
          <text x={n.x + 8} y={n.y + h - 8} fill={MUTED_INK}>
            {n.detail}
          </text>
        </a>
      ))}
    </ChartFigure>
  );
}
