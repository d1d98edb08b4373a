import Link from "next/link";
import { groupBy } from "@/lib/group-by";
import { followUpStatusLabel, outcomeKindLabel, participationRoleLabel, strengthLabel } from "@/lib/labels";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { Meta } from "@/components/ui/meta";
import { CitationList } from "@/components/sources/citation-list";
import { PartControls } from "@/components/records/part-controls";
import { createOutcomeAction, updateFollowUpAction } from "@/app/(app)/dialogues/actions";
import { citedOn, personName, type SectionProps } from "./section-props";
import { OnDemand } from "@/components/ui/on-demand";
import { LazyFollowUpForm, LazyOutcomeForm } from "@/components/forms/on-demand-forms";
import { Section } from "@/components/ui/section";
import { isAssessable } from "@/lib/compliance/assessable";

/** What was decided: outcomes by kind, commitments with their follow-up. */
export function OutcomesSection({ d, canEdit }: SectionProps) {
  const cited = citedOn(d);
  const outcomesByKind = groupBy(d.outcomes, (o) => o.kind);
  return (
    <Section id="outcomes" title="Outcomes">
      {d.outcomes.length === 0 ? <p className="muted">No outcomes recorded.</p> : null}
      {[...outcomesByKind].map(([kind, outcomes]) => (
        <section key={kind} aria-label={outcomeKindLabel[kind]}>
          <h3>{outcomeKindLabel[kind]}</h3>
          <ul className="record-list">
            {outcomes.map((o) => (
              <li key={o.id} id={`outcome-${o.id}`}>
                {o.text}
                <PartControls
                  canEdit={canEdit}
                  recordType="OUTCOME"
                  id={o.id}
                  editHref={`/outcomes/${o.id}/edit`}
                  name={`outcome: ${o.text.slice(0, 60)}`}
                />
                <Meta>
                  {o.followUpStatus ? (
                    <Badge tone={o.followUpStatus === "DONE" ? "good" : "warn"}>
                      {followUpStatusLabel[o.followUpStatus]}
                    </Badge>
                  ) : null}
                  {o.strength ? <span title="Strength of the language">{strengthLabel[o.strength]}</span> : null}
                  {o.dueDate ? (
                    <>
                      due <DateText date={o.dueDate} precision={o.duePrecision} />
                    </>
                  ) : null}
                  {o.topics.map(({ topic }) => (
                    <Link key={topic.slug} href={`/topics/${topic.slug}`}>
                      {topic.name}
                    </Link>
                  ))}
                  {isAssessable(o.kind) ? <Link href={`/outcomes/${o.id}#compliance`}>Compliance</Link> : null}
                  {o.agreements.map(({ agreement }) => (
                    <Link key={agreement.id} href={`/agreements/${agreement.id}`}>
                      {agreement.title}
                    </Link>
                  ))}
                </Meta>
                {canEdit && o.followUpStatus ? (
                  <OnDemand name={`follow-up-${o.id}`} summary="Update the follow-up">
                    <LazyFollowUpForm
                      action={updateFollowUpAction}
                      outcome={{ id: o.id, version: o.version, followUpStatus: o.followUpStatus }}
                    />
                  </OnDemand>
                ) : null}
                <CitationList canEdit={canEdit} citations={cited("OUTCOME", o.id)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {canEdit ? (
        <OnDemand name="outcome" summary="Add an outcome">
          <LazyOutcomeForm
            action={createOutcomeAction}
            dialogueId={d.id}
            agreements={d.agreements.map((a) => ({ id: a.id, label: a.title }))}
            participants={d.participations.map((p) => ({
              id: p.id,
              label: `${personName(p)} (${participationRoleLabel[p.role].toLowerCase()})`,
            }))}
          />
        </OnDemand>
      ) : null}
    </Section>
  );
}
