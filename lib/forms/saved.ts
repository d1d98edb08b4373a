// After a save that moves to another page (an edit form back to its record), the page says what
// was done: the redirect carries ?saved=<what>, and the layout's notice reads it.

export const SAVED_MESSAGES = {
  saved: "Saved.",
  created: "Created.",
  restored: "Restored.",
  merged: "Merged.",
  discarded: "Draft discarded.",
  recorded: "Recorded from the source: every accepted fact is cited from its passage.",
} as const;
export type Saved = keyof typeof SAVED_MESSAGES;

export const SAVED_PARAM = "saved";

/** `href` with the saved notice's parameter, before any #fragment. */
export function withSaved(href: string, what: Saved = "saved"): string {
  const [path = "", fragment] = href.split("#", 2);
  const joined = `${path}${path.includes("?") ? "&" : "?"}${SAVED_PARAM}=${what}`;
  return fragment === undefined ? joined : `${joined}#${fragment}`;
}

export function savedMessage(value: string | null): string | null {
  return value && Object.hasOwn(SAVED_MESSAGES, value) ? SAVED_MESSAGES[value as Saved] : null;
}
