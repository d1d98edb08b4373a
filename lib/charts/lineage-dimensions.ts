// The lineage diagram's measures, in SVG user units; shared by its layout (server) and its drawing (client).
export const LINEAGE_BOX = { width: 190, height: 58, gap: 70, margin: 10, top: 44 } as const;
