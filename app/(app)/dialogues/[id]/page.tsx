import Link from "next/link";
import type { Metadata } from "next";
import { getDialogue } from "@/lib/dialogues/queries";
import { citationKey } from "@/lib/sources/queries";
import { groupBy } from "@/lib/group-by";
import { formatDateRange } from "@/lib/dates";
import {
  agreementKindLabel, agreementStatusLabel, dialogueLevelLabel, dialogueStatusLabel, followUpStatusLabel,
  outcomeKindLabel, participationRoleLabel,
} from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DateText } from "@/components/ui/date-text";
import { Badge } from "@/components/ui/badge";
import { Meta } from "@/components/ui/meta";
import { CitationList } from "@/components/sources/citation-list";
import { RecordLinks } from "@/components/links/record-links";
import { RecordToolbar } from "@/components/records/record-toolbar";
import { PartControls } from "@/components/records/part-controls";
import { ParticipationForm } from "@/components/participations/participation-form";
import { OutcomeForm } from "@/components/outcomes/outcome-form";
import { CitationForm } from "@/components/sources/citation-form";
import { hasRole } from "@/lib/auth/roles";
import { sourceOptions } from "@/lib/sources/queries";
import { addParticipationAction, createOutcomeAction, updateFollowUpAction } from "../actions";
import { FollowUpForm } from "@/components/outcomes/follow-up-form";
import { createCitationAction } from "../../sources/actions";
import { requireUser } from "@/lib/auth/session";
import { loadPageRecord } from "@/lib/records/load-page-record";

type Props = { params: Promise<{ id: string }> };

const load = (params: Props["params"]) => loadPageRecord(params, getDialogue);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).title };
}

export default async function DialoguePage({ params }: Props) {
  const user = await requireUser();
  const d = await load(params);
  const canEdit = hasRole(user.role, "ANALYST");
  const sources = canEdit ? await sourceOptions() : [];
  const personName = (p: (typeof d.participations)[number]) => p.person?.name ?? "Unnamed participant";
  const cited = (type: Parameters<typeof citationKey>[0], id: number) => d.citations.get(citationKey(type, id));
  const delegations = groupBy(d.participations, (p) => p.country?.name ?? "Side not recorded");
  const outcomesByKind = groupBy(d.outcomes, (o) => o.kind);
  const venue = [d.venueCity, d.venueCountry?.name].filter(Boolean).join(", ");

  return (
    <article className="record">
      <PageHeader title={d.title} eyebrow={<Link href={`/series/${d.series.id}`}>{d.series.name}</Link>}>
        <dl className="facts">
          <div><dt>Dates</dt><dd>{formatDateRange(d.startDate, d.startPrecision, d.endDate, d.endPrecision)}</dd></div>
          <div><dt>Venue</dt><dd>{venue || "not known"}</dd></div>
          <div><dt>Level</dt><dd>{dialogueLevelLabel[d.level]}</dd></div>
          <div><dt>Status</dt><dd><Badge tone={d.status === "HELD" ? "good" : "info"}>{dialogueStatusLabel[d.status]}</Badge></dd></div>
          {d.roundNumber ? <div><dt>Round</dt><dd>{d.roundNumber}</dd></div> : null}
          <div><dt>Parties</dt><dd>{d.series.parties.map((p) => p.country.name).join(", ")}</dd></div>
        </dl>
        <RecordToolbar role={user.role} recordType="DIALOGUE" id={d.id} editHref={`/dialogues/${d.id}/edit`}>
          <Link className="button secondary" href={`/dialogues/new?series=${d.series.id}&announcedBy=${d.id}`}>Add a later round</Link>
        </RecordToolbar>
        {d.announcedBy ? <p>Announced at <Link href={`/dialogues/${d.announcedBy.id}`}>{d.announcedBy.title}</Link>.</p> : null}
      </PageHeader>

      {d.summary ? <p className="summary">{d.summary}</p> : null}
      <CitationList canEdit={canEdit} citations={cited("DIALOGUE", d.id)} />

      <section aria-labelledby="delegations">
        <h2 id="delegations">Delegations</h2>
        {d.participations.length === 0 ? <p className="muted">No participants recorded.</p> : null}
        {[...delegations].map(([country, people]) => (
          <section key={country} aria-label={country} className="delegation">
            <h3>{country}</h3>
            <ul className="record-list">
              {people.map((p) => (
                <li key={p.id}>
                  <strong>{p.person ? <Link href={`/people/${p.person.id}`}>{p.person.name}</Link> : "Unnamed participant"}</strong>
                  {" — "}{participationRoleLabel[p.role]}
                  {canEdit ? <> <PartControls recordType="PARTICIPATION" id={p.id} editHref={`/participations/${p.id}/edit`} name={personName(p)} /></> : null}
                  <p className="meta">
                    {p.statedTitle}
                    {p.isActing ? <> <Badge tone="info">acting</Badge></> : null}
                    {p.organisation ? <> · <Link href={`/organisations/${p.organisation.id}`}>{p.organisation.name}</Link></> : null}
                  </p>
                  <CitationList canEdit={canEdit} citations={cited("PARTICIPATION", p.id)} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {canEdit ? (
          <details className="add">
            <summary>Add a participant</summary>
            <ParticipationForm action={addParticipationAction} dialogueId={d.id} sides={d.series.parties.map((p) => p.country.name)} />
          </details>
        ) : null}
      </section>

      <section aria-labelledby="topics">
        <h2 id="topics">Topics discussed</h2>
        {d.topics.length === 0 ? <p className="muted">No topics recorded.</p> : (
          <ul className="tags">
            {d.topics.map(({ topic }) => <li key={topic.id}><Link href={`/topics/${topic.slug}`}>{topic.name}</Link></li>)}
          </ul>
        )}
      </section>

      <section aria-labelledby="agreements">
        <h2 id="agreements">Agreements signed or discussed</h2>
        {d.agreements.length === 0 ? <p className="muted">None recorded.</p> : (
          <ul className="record-list">
            {d.agreements.map((a) => (
              <li key={a.id}>
                <Link href={`/agreements/${a.id}`}>{a.title}</Link>
                <p className="meta">
                  {agreementKindLabel[a.kind]} · <Badge tone={a.status === "SIGNED" || a.status === "IN_FORCE" ? "good" : "info"}>{agreementStatusLabel[a.status]}</Badge>
                  {a.signedDate ? <> · signed <DateText date={a.signedDate} precision={a.signedPrecision} /></> : null}
                </p>
                <CitationList canEdit={canEdit} citations={cited("AGREEMENT", a.id)} />
              </li>
            ))}
          </ul>
        )}
        {canEdit ? <p><Link className="button secondary" href={`/agreements/new?dialogue=${d.id}`}>Add an agreement</Link></p> : null}
      </section>

      <section aria-labelledby="outcomes">
        <h2 id="outcomes">Outcomes</h2>
        {d.outcomes.length === 0 ? <p className="muted">No outcomes recorded.</p> : null}
        {[...outcomesByKind].map(([kind, outcomes]) => (
          <section key={kind} aria-label={outcomeKindLabel[kind]}>
            <h3>{outcomeKindLabel[kind]}</h3>
            <ul className="record-list">
              {outcomes.map((o) => (
                <li key={o.id} id={`outcome-${o.id}`}>
                  {o.text}
                  {canEdit ? <> <PartControls recordType="OUTCOME" id={o.id} editHref={`/outcomes/${o.id}/edit`} name={`outcome: ${o.text.slice(0, 60)}`} /></> : null}
                  <Meta>
                    {o.followUpStatus ? <Badge tone={o.followUpStatus === "DONE" ? "good" : "warn"}>{followUpStatusLabel[o.followUpStatus]}</Badge> : null}
                    {o.dueDate ? <>due <DateText date={o.dueDate} precision={o.duePrecision} /></> : null}
                    {o.topics.map(({ topic }) => <Link key={topic.slug} href={`/topics/${topic.slug}`}>{topic.name}</Link>)}
                    {o.agreements.map(({ agreement }) => <Link key={agreement.id} href={`/agreements/${agreement.id}`}>{agreement.title}</Link>)}
                  </Meta>
                  {canEdit && o.followUpStatus ? <FollowUpForm action={updateFollowUpAction} outcome={{ id: o.id, version: o.version, followUpStatus: o.followUpStatus }} /> : null}
                  <CitationList canEdit={canEdit} citations={cited("OUTCOME", o.id)} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {canEdit ? (
          <details className="add">
            <summary>Add an outcome</summary>
            <OutcomeForm action={createOutcomeAction} dialogueId={d.id}
              agreements={d.agreements.map((a) => ({ id: a.id, label: a.title }))}
              participants={d.participations.map((p) => ({ id: p.id, label: `${personName(p)} (${participationRoleLabel[p.role].toLowerCase()})` }))} />
          </details>
        ) : null}
      </section>

      {canEdit ? (
        <section aria-labelledby="cite">
          <h2 id="cite">Sources</h2>
          <p><Link href={`/sources/new?returnTo=/dialogues/${d.id}%23cite`}>Add a source</Link> (a readout, statement or report), then cite its passages here.</p>
          {sources.length ? (
            <details className="add">
              <summary>Cite a source</summary>
              <CitationForm action={createCitationAction} sources={sources} records={[
                { value: `DIALOGUE:${d.id}`, label: `This meeting` },
                ...d.participations.map((p) => ({ value: `PARTICIPATION:${p.id}`, label: `Participant: ${personName(p)}` })),
                ...d.agreements.map((a) => ({ value: `AGREEMENT:${a.id}`, label: `Agreement: ${a.title}` })),
                ...d.outcomes.map((o) => ({ value: `OUTCOME:${o.id}`, label: `Outcome: ${o.text.slice(0, 80)}` })),
              ]} />
            </details>
          ) : null}
        </section>
      ) : null}

      <RecordLinks recordType="DIALOGUE" id={d.id} links={d.links} canEdit={canEdit}>
        {d.announced.length > 0 ? (
          <p>Announced here: {d.announced.map((a, i) => <span key={a.id}>{i ? ", " : null}<Link href={`/dialogues/${a.id}`}>{a.title}</Link> ({dialogueStatusLabel[a.status].toLowerCase()})</span>)}</p>
        ) : null}
      </RecordLinks>

      <nav aria-label="Rounds of this series" className="rounds">
        {d.previousRound ? <Link href={`/dialogues/${d.previousRound.id}`} rel="prev">← Previous round: {d.previousRound.title}</Link> : <span className="muted">No earlier round recorded</span>}
        {d.nextRound ? <Link href={`/dialogues/${d.nextRound.id}`} rel="next">Next round: {d.nextRound.title} →</Link> : null}
      </nav>
    </article>
  );
}
