import { hatchId, KIND_COLOUR } from "@/lib/charts/palette";
import type { EventType } from "@/lib/timeline/event";

/** The hatches planned events are drawn with, one per kind of event. */
export function ChartPatterns() {
  return (
    <defs>
      {(Object.entries(KIND_COLOUR) as [EventType, string][]).map(([type, colour]) => (
        <pattern
          key={type}
          id={hatchId(type)}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill="#ffffff" />
          <line x1={0} y1={0} x2={0} y2={6} stroke={colour} strokeWidth={3} />
        </pattern>
      ))}
    </defs>
  );
}
