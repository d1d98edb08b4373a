import Link from "next/link";
import { agreementKindLabel, agreementStatusLabel } from "@/lib/labels";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { CitationList } from "@/components/sources/citation-list";
import { citedOn, type SectionProps } from "./section-props";
import { Section } from "@/components/ui/section";

/** What was signed or is being negotiated at this meeting. */
export function AgreementsSection({ d, canEdit }: SectionProps) {
  const cited = citedOn(d);
  return (
    <Section id="agreements" title="Agreements signed or discussed">
      {d.agreements.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ul className="record-list">
          {d.agreements.map((a) => (
            <li key={a.id}>
              <Link href={`/agreements/${a.id}`}>{a.title}</Link>
              <p className="meta">
                {agreementKindLabel[a.kind]} ·{" "}
                <Badge tone={a.status === "SIGNED" || a.status === "IN_FORCE" ? "good" : "info"}>
                  {agreementStatusLabel[a.status]}
                </Badge>
                {a.signedDate ? (
                  <>
                    {" "}
                    · signed <DateText date={a.signedDate} precision={a.signedPrecision} />
                  </>
                ) : null}
              </p>
              <CitationList canEdit={canEdit} citations={cited("AGREEMENT", a.id)} />
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <p>
          <Link className="button secondary" href={`/agreements/new?dialogue=${d.id}`}>
            Add an agreement
          </Link>
        </p>
      ) : null}
    </Section>
  );
}
