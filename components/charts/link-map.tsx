"use client";
// Client-rendered only so React sends the SVG whole (see decision 011); the layout comes from the server.
import type { LinkMapLayout } from "@/lib/charts/link-map-layout";
import { LINK_MAP } from "@/lib/charts/link-map-dimensions";
import { INK, MUTED_INK, RULE, recordColour } from "@/lib/charts/palette";
import { ChartFigure } from "./chart-figure";

/** A record's links one and two steps out, as a tree read from the left; each other record is a link to its page. */
export function LinkMap({ layout, title }: { layout: LinkMapLayout; title: string }) {
  const { dot } = LINK_MAP;
  const shown = layout.nodes.length - 1;
  return (
    <ChartFigure
      id="link-map"
      className="link-map"
      title={title}
      width={layout.width}
      height={layout.height}
      role="group"
      describedBy="link-map-desc"
    >
      <desc id="link-map-desc">
        {shown} linked {shown === 1 ? "record" : "records"} one or two steps out
        {layout.left > 0 ? `, and ${layout.left} more not drawn` : ""}; dashed lines are further links among them. The
        list beside the map gives each direct link.
      </desc>
      {layout.edges.map((e) => (
        <path
          key={e.key}
          d={e.d}
          fill="none"
          stroke={e.tree ? MUTED_INK : RULE}
          strokeWidth={e.tree ? 1.5 : 1.25}
          strokeDasharray={e.tree ? undefined : "4 3"}
          aria-hidden="true"
        />
      ))}
      {layout.nodes.map((n) => {
        const body = (
          <>
            <circle className="mark" cx={n.x} cy={n.y} r={n.depth === 0 ? dot + 2 : dot} fill={recordColour(n.type)} />
            {n.lines.map((line, i) => (
              <text
                key={i}
                x={n.x + dot + 6}
                y={n.y + 4 + (i - n.lines.length + 1) * 13}
                fill={INK}
                fontWeight={n.depth === 0 ? 700 : 400}
              >
                {line}
              </text>
            ))}
            <text x={n.x + dot + 6} y={n.y + 17} fill={MUTED_INK}>
              {n.detail}
            </text>
          </>
        );
        return n.href ? (
          <a key={n.key} href={n.href} aria-label={n.name} className="mark-link">
            {body}
          </a>
        ) : (
          <g key={n.key} aria-label={n.name} role="img">
            {body}
          </g>
        );
      })}
    </ChartFigure>
  );
}
