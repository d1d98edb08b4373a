// The drawn timeline's measures, in SVG user units; shared by the layout (server) and the chart (client).
export const CHART = {
  width: 1000,
  laneLabelWidth: 170,
  undatedWidth: 90,
  axisHeight: 28,
  rowHeight: 22,
  lanePadding: 8,
  markHeight: 14,
  /** the narrowest a mark is drawn (a day at a scale of years would be invisible) */
  minMarkWidth: 8,
  /** an estimate of a label's character width at the chart's font size, to decide whether it fits */
  charWidth: 6.2,
  /** rows a lane stacks at most; beyond them marks overlap in the row that frees up first, unlabelled */
  maxRows: 4,
} as const;
