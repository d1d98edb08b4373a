// Analysts paste passages with straight or curly quotes and uneven spacing; a quote counts as in
// the source when it matches after those are evened out.
const normalise = (text: string) =>
  text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

export function quoteAppearsIn(body: string, quote: string): boolean {
  return normalise(body).includes(normalise(quote).replace(/^["']|["']$/g, ""));
}
