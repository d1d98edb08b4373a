import Link from "next/link";
import type { Lineage } from "@/lib/agreements/lineage-query";
import { agreementStatusLabel, linkRelationLabel } from "@/lib/labels";
import { Section } from "@/components/ui/section";
import { DateText } from "@/components/ui/date-text";
import { Badge } from "@/components/ui/badge";
import { layoutLineage } from "@/lib/charts/lineage-layout";
import { LineageDiagram } from "@/components/charts/lineage-diagram";

/** The agreements before and after this one (superseded, amended, renewed, extended, implemented), oldest first. */
export function LineageSection({ chain }: { chain: Lineage }) {
  if (!chain.length) return null;
  const title = new Map(chain.map((a) => [a.id, a.title]));
  const diagram = layoutLineage(chain);
  return (
    <Section id="lineage" title="Lineage">
      {diagram ? (
        <LineageDiagram layout={diagram} title="The agreements of this lineage, and how each follows another" />
      ) : null}
      <ol className="lineage">
        {chain.map((a) => (
          <li key={a.id} aria-current={a.current ? "true" : undefined}>
            {a.current ? <strong>{a.title}</strong> : <Link href={`/agreements/${a.id}`}>{a.title}</Link>}{" "}
            <Badge tone="neutral">{agreementStatusLabel[a.status]}</Badge>{" "}
            <span className="muted">
              signed <DateText date={a.signedDate} precision={a.signedPrecision} />
            </span>
            {a.current ? <span className="muted"> (this agreement)</span> : null}
            <ul className="meta">
              {a.links
                .filter((l) => l.direction === "successor-of")
                .map((l) => (
                  <li key={`${l.relation}-${l.other}`}>
                    {linkRelationLabel[l.relation].outgoing} {title.get(l.other)}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </Section>
  );
}
