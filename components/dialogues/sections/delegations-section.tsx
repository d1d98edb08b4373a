import Link from "next/link";
import { groupBy } from "@/lib/group-by";
import { participationRoleLabel } from "@/lib/labels";
import { Badge } from "@/components/ui/badge";
import { CitationList } from "@/components/sources/citation-list";
import { PartControls } from "@/components/records/part-controls";
import { addParticipationAction } from "@/app/(app)/dialogues/actions";
import { citedOn, personName, type SectionProps } from "./section-props";
import { OnDemand } from "@/components/ui/on-demand";
import { LazyParticipationForm } from "@/components/forms/on-demand-forms";
import { Section } from "@/components/ui/section";

/** Who met: the participants by delegation, each with their title as stated and its citations. */
export function DelegationsSection({ d, canEdit }: SectionProps) {
  const cited = citedOn(d);
  const delegations = groupBy(d.participations, (p) => p.country?.name ?? "Side not recorded");
  return (
    <Section id="delegations" title="Delegations">
      {d.participations.length === 0 ? <p className="muted">No participants recorded.</p> : null}
      {[...delegations].map(([country, people]) => (
        <section key={country} aria-label={country} className="delegation">
          <h3>{country}</h3>
          <ul className="record-list">
            {people.map((p) => (
              <li key={p.id}>
                <strong>
                  {p.person?.honorific ? `${p.person.honorific} ` : null}
                  {p.person ? <Link href={`/people/${p.person.id}`}>{p.person.name}</Link> : "Unnamed participant"}
                </strong>
                {" — "}
                {participationRoleLabel[p.role]}
                <PartControls
                  canEdit={canEdit}
                  recordType="PARTICIPATION"
                  id={p.id}
                  editHref={`/participations/${p.id}/edit`}
                  name={personName(p)}
                />
                <p className="meta">
                  {p.statedTitle}
                  {p.isActing ? (
                    <>
                      {" "}
                      <Badge tone="info">acting</Badge>
                    </>
                  ) : null}
                  {p.organisation ? (
                    <>
                      {" "}
                      · <Link href={`/organisations/${p.organisation.id}`}>{p.organisation.name}</Link>
                    </>
                  ) : null}
                </p>
                <CitationList canEdit={canEdit} citations={cited("PARTICIPATION", p.id)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {canEdit ? (
        <OnDemand name="participant" summary="Add a participant">
          <LazyParticipationForm
            action={addParticipationAction}
            dialogueId={d.id}
            sides={d.series.parties.map((p) => p.country.name)}
          />
        </OnDemand>
      ) : null}
    </Section>
  );
}
