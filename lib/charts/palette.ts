import type { EventType } from "@/lib/timeline/event";

// The charts' colours, as SVG attributes (so a downloaded SVG carries them and the page's CSP, which
// allows no inline style, has nothing to block). Each passes 3:1 against white (WCAG 1.4.11), and
// none is the only carrier of meaning: kinds have shapes too, planned events a hatch.
export const KIND_COLOUR: Record<EventType, string> = {
  dialogue: "#1f5fa8",
  agreement: "#8a4b00",
  commitment: "#a3124a",
  assessment: "#3f6b00",
  expiry: "#555555",
};

export const INK = "#1a1a1a";
export const MUTED_INK = "#595959";
export const RULE = "#d0d0d0";
export const GRID = "#e6e6e6";

export const hatchId = (type: EventType) => `planned-hatch-${type}`;

/** An agreement's status periods (each passes 3:1 against white; the label inside is white). */
export const STATUS_COLOUR: Record<string, string> = {
  PROPOSED: "#6b5b95",
  UNDER_NEGOTIATION: "#8a4b00",
  SIGNED: "#1f5fa8",
  IN_FORCE: "#1a6b3a",
  EXPIRED: "#555555",
  TERMINATED: "#a3124a",
  WITHDRAWN: "#555555",
  PROJECTED: "#1a6b3a",
};

/** A record's dot on the link map, by record type; its type is also printed beside it. */
export const RECORD_COLOUR: Record<string, string> = {
  DIALOGUE_SERIES: "#1f5fa8",
  DIALOGUE: "#1f5fa8",
  AGREEMENT: "#8a4b00",
  OUTCOME: "#a3124a",
  COMPLIANCE_ASSESSMENT: "#3f6b00",
  AGENDA_ITEM: "#a3124a",
  TOPIC: "#1a6b3a",
  SOURCE: "#555555",
  CITATION: "#555555",
};
export const recordColour = (type: string) => RECORD_COLOUR[type] ?? "#6b5b95";

/** Commitments by standing in the small multiples: open ones hatched, so colour is not all that tells them apart. */
export const OPEN_HATCH = "open-commitment-hatch";
export const STANDING_FILL = { fulfilled: "#1a6b3a", open: `url(#${OPEN_HATCH})`, lapsed: "#555555" } as const;
