import type { Evidence } from "@/lib/capture/evidence";
import { segmentsOf } from "@/lib/capture/evidence";
import type { Span } from "@/lib/capture/draft";

/**
 * The stored source text with the passages the draft drew on marked: each passage is a target
 * (`#ev-<fact>`) the draft's facts link to, and says which facts it backs; page furniture is shown
 * muted and never marked.
 */
export function SourceText({ text, evidence, furniture }: { text: string; evidence: Evidence[]; furniture: Span[] }) {
  const labels = new Map(evidence.map((e) => [e.key, e.label]));
  return (
    <div className="capture-text" tabIndex={0} aria-label="Source text, with the passages the draft drew on marked">
      {segmentsOf(text, evidence, furniture).map((s) => {
        const piece = text.slice(s.start, s.end);
        const anchors = s.anchors.map((key) => <span key={key} id={`ev-${key}`} className="evidence-anchor" />);
        if (s.furniture)
          return (
            <span key={s.start} className="furniture" title="Page furniture: never used as evidence">
              {piece}
            </span>
          );
        if (!s.keys.length) return <span key={s.start}>{piece}</span>;
        return (
          <span key={s.start}>
            {anchors}
            <mark data-facts={s.keys.join(" ")} title={s.keys.map((k) => labels.get(k)).join("; ")}>
              {piece}
            </mark>
            {s.anchors.length ? (
              <span className="visually-hidden"> (evidence for {s.anchors.map((k) => labels.get(k)).join("; ")})</span>
            ) : null}
          </span>
        );
      })}
    </div>
  );
}
