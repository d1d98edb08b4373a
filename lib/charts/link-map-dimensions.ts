// The link map's measures, in SVG user units; shared by its layout (server) and its drawing (client).
// A record's label runs right of its dot for at most `labelWidth`; lines leave a record after its label.
export const LINK_MAP = { row: 56, column: 280, margin: 16, labelWidth: 204, dot: 6 } as const;
