// The lifecycle bar's measures, in SVG user units; shared by its layout (server) and its chart (client).
export const LIFECYCLE = { width: 1000, height: 64, x0: 10, x1: 990, barY: 22, barHeight: 18 } as const;
