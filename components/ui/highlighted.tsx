import { highlightParts } from "@/lib/search/query";

/** A search snippet with its matched words in <mark>; the text itself is never parsed as HTML. */
export function Highlighted({ snippet }: { snippet: string }) {
  return (
    <>
      {highlightParts(snippet).map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
