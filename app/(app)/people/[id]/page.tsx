import Link from "next/link";
import { getPerson } from "@/lib/people/queries";
import { formatDateRange } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { ParticipationList } from "@/components/participations/participation-list";
import { RecordToolbar } from "@/components/records/record-toolbar";
import { MergeForm } from "@/components/records/merge-form";
import { PositionForm } from "@/components/people/person-form";
import { hasRole } from "@/lib/auth/roles";
import { addPositionAction, mergePeopleAction } from "../actions";
import { recordPage, type RecordPageProps } from "@/lib/records/record-page";
import { RecordLinks } from "@/components/links/record-links";
import { AddDetails } from "@/components/ui/add-details";
import { Section } from "@/components/ui/section";

const page = recordPage(getPerson, (record) => record.name);
export const generateMetadata = page.generateMetadata;

export default async function PersonPage({ params }: RecordPageProps) {
  const [user, p] = await page.load(params);
  const canEdit = hasRole(user.role, "ANALYST");
  return (
    <article className="record">
      <PageHeader title={p.name} eyebrow={p.honorific ? `Person · ${p.honorific}` : "Person"}>
        {p.aliases.length ? <p className="meta">Also known as {p.aliases.join(", ")}</p> : null}
        {p.country ? <p>{p.country.name}</p> : null}
        <RecordToolbar
          role={user.role}
          recordType="PERSON"
          id={p.id}
          editHref={`/people/${p.id}/edit`}
          timelineHref={`/timeline?person=${p.id}`}
          watch={{ userId: user.id, target: { kind: "PERSON", targetId: p.id }, name: p.name }}
        />
      </PageHeader>
      {p.notes ? <p>{p.notes}</p> : null}
      <Section id="positions" title="Positions">
        {p.positions.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="record-list">
            {p.positions.map((pos) => (
              <li key={pos.id}>
                {pos.acting ? "Acting " : null}
                {pos.title}
                {pos.organisation ? (
                  <>
                    , <Link href={`/organisations/${pos.organisation.id}`}>{pos.organisation.name}</Link>
                  </>
                ) : null}
                {pos.startDate || pos.endDate ? (
                  <p className="meta">
                    {formatDateRange(pos.startDate, pos.startPrecision, pos.endDate, pos.endPrecision)}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {canEdit ? (
        <AddDetails summary="Add a position">
          <PositionForm action={addPositionAction} personId={p.id} />
        </AddDetails>
      ) : null}
      <Section id="meetings" title="Meetings">
        <ParticipationList participations={p.participations} />
      </Section>
      {canEdit ? (
        <AddDetails summary="Merge a duplicate into this person">
          <MergeForm action={mergePeopleAction} keepId={p.id} kind="person" noun="person" />
        </AddDetails>
      ) : null}
      <RecordLinks recordType="PERSON" id={p.id} canEdit={canEdit} />
    </article>
  );
}
