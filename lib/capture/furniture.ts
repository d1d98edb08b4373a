import type { Span } from "./draft";

// Page furniture: the parts of a pasted page that are not the report — address blocks, language
// menus, share and follow buttons, bylines and dates of the page, tags, contacts, "Related
// stories". Recognised line by line; a "Related …" or "Recent posts" heading makes the rest of the
// page furniture too. Furniture stays in the stored text (so offsets are the page's own) but is
// never used as evidence.

const SOCIAL = "facebook|twitter|x|email|e-mail|print|linkedin|whatsapp|telegram|reddit|copy link";

const LINE_RULES: RegExp[] = [
  /^physical address$/i,
  /^\d+\s+[\w .]+\b(st|street|ave|avenue|road|rd|blvd|lane|way)\.?$/i,
  /^[A-Z][\w .]+,\s*[A-Z]{2}\s+\d{5}(-\d{4})?$/, // Dorchester Center, MA 02124
  /^(?:[a-z]{2}_[A-Z]{2}[A-Za-z\u00C0-\u024F]+)+$/, // en_USEnglish
  /^(english|français|español|deutsch|हिन्दी|中文|日本語|русский)(\s*[|/·]\s*\S+)+$/i,
  new RegExp(`^(share( this( page| article| story)?)?:?)(\\s*[|:·]?\\s*(${SOCIAL}))*$`, "i"),
  new RegExp(`^(${SOCIAL})(\\s*[|·,]\\s*(${SOCIAL}))*$`, "i"),
  /^follow us\b/i,
  /^(by|from|posted|published|updated|last updated|topics|tags|filed under|categories)\s*:?\s+.{0,120}$/i,
  /^(media note|press release|news release|office of the spokesperson|contacts?|media relations|###|begin text:?|end text\.?)$/i,
  /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/,
  /^(copyright|©|all rights reserved|all content is available under)/i,
  /^(read more|see also|more on this|advertisement|skip to (main )?content|menu|search)$/i,
  /^[^.!?]{0,80}\|[^.!?]{0,80}$/, // "Office of Public Affairs | Department of Homeland Security"
  /^[^.!?]{0,60}(?:\s[>›»]\s[^.!?>›»]{1,60}){2,}$/, // "Home > French foreign policy > Terrorism"
];

const TAIL_HEADING =
  /^(related( stories| articles| posts| news| content)?|recent posts|more stories|latest news|you may also like)$/i;

/** The spans of `text` that are furniture, one per line (or one for a whole tail section). */
export function findFurniture(text: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (TAIL_HEADING.test(trimmed)) {
      spans.push({ start, end: text.length });
      break;
    }
    if (LINE_RULES.some((rule) => rule.test(trimmed))) spans.push({ start, end: start + line.length });
  }
  return spans;
}

export function inFurniture(furniture: Span[], at: number): boolean {
  return furniture.some((f) => at >= f.start && at < f.end);
}
