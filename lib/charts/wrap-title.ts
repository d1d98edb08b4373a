/** A title in at most two lines of about `chars` characters, the second cut with an ellipsis. */
export function wrapTitle(title: string, chars: number): string[] {
  if (title.length <= chars) return [title];
  const cut = title.lastIndexOf(" ", chars);
  const first = title.slice(0, cut > 10 ? cut : chars);
  const rest = title.slice(first.length).trim();
  return [first, rest.length > chars ? `${rest.slice(0, chars - 1)}…` : rest];
}
