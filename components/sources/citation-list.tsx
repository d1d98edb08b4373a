import Link from "next/link";
import { credibilityLabel } from "@/lib/labels";
import { PartControls } from "@/components/records/part-controls";
import { Badge } from "@/components/ui/badge";

type Citation = {
  id: number;
  quote: string | null;
  credibility: number;
  note: string | null;
  stance?: "SUPPORTS" | "CONTRADICTS";
  source: { id: number; title: string; reliability: string };
};

/** The quoted passages that back one record, each with its Admiralty grading (e.g. "B2"). */
export function CitationList({ citations, canEdit = false }: { citations: Citation[] | undefined; canEdit?: boolean }) {
  if (!citations?.length) return null;
  return (
    <ul className="citations" aria-label="Sources">
      {citations.map((c) => (
        <li key={c.id}>
          {c.quote ? <blockquote>“{c.quote}”</blockquote> : null}
          {/* a div, not a p: the controls hold a form, which HTML does not allow inside a p (React error #418) */}
          <div className="meta">
            {c.stance === "CONTRADICTS" ? (
              <>
                <Badge tone="warn">Says otherwise</Badge>{" "}
              </>
            ) : null}
            <Link href={`/sources/${c.source.id}`}>{c.source.title}</Link>{" "}
            <abbr
              title={`Source reliability ${c.source.reliability}; information ${credibilityLabel[c.credibility] ?? c.credibility}`}
            >
              {c.source.reliability}
              {c.credibility}
            </abbr>
            {c.note ? <> · {c.note}</> : null}
            <PartControls
              canEdit={canEdit}
              recordType="CITATION"
              id={c.id}
              editHref={`/citations/${c.id}/edit`}
              name={`citation from ${c.source.title}`}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
