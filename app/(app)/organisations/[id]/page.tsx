import Link from "next/link";
import { getOrganisation } from "@/lib/organisations/queries";
import { agreementStatusLabel, organisationKindLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { ParticipationList } from "@/components/participations/participation-list";
import { RecordToolbar } from "@/components/records/record-toolbar";
import { MergeForm } from "@/components/records/merge-form";
import { hasRole } from "@/lib/auth/roles";
import { mergeOrganisationsAction } from "../actions";
import { recordPage, type RecordPageProps } from "@/lib/records/record-page";
import { RecordLinks } from "@/components/links/record-links";
import { AddDetails } from "@/components/ui/add-details";
import { Section } from "@/components/ui/section";

const page = recordPage(getOrganisation, (record) => record.name);
export const generateMetadata = page.generateMetadata;

export default async function OrganisationPage({ params }: RecordPageProps) {
  const [user, o] = await page.load(params);
  return (
    <article className="record">
      <PageHeader title={o.acronym ? `${o.name} (${o.acronym})` : o.name} eyebrow={organisationKindLabel[o.kind]}>
        <p>
          {o.country?.name}
          {o.parent ? (
            <>
              {" "}
              · part of <Link href={`/organisations/${o.parent.id}`}>{o.parent.name}</Link>
            </>
          ) : null}
        </p>
        <RecordToolbar
          role={user.role}
          recordType="ORGANISATION"
          id={o.id}
          editHref={`/organisations/${o.id}/edit`}
          timelineHref={`/timeline?organisation=${o.id}`}
          watch={{ userId: user.id, target: { kind: "ORGANISATION", targetId: o.id }, name: o.name }}
        />
      </PageHeader>
      {o.description ? <p>{o.description}</p> : null}
      {o.children.length ? (
        <Section id="units" title="Units">
          <ul className="record-list">
            {o.children.map((c) => (
              <li key={c.id}>
                <Link href={`/organisations/${c.id}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="people" title="People">
        {o.positions.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="record-list">
            {o.positions.map((p) => (
              <li key={p.id}>
                <Link href={`/people/${p.person.id}`}>{p.person.name}</Link> — {p.acting ? "Acting " : null}
                {p.title}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="meetings" title="Meetings">
        <ParticipationList participations={o.participations} />
      </Section>
      <Section id="agreements" title="Agreements signed">
        {o.signatures.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="record-list">
            {o.signatures.map(({ agreement }) => (
              <li key={agreement.id}>
                <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link>{" "}
                <span className="meta">{agreementStatusLabel[agreement.status]}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {hasRole(user.role, "ANALYST") ? (
        <AddDetails summary="Merge a duplicate into this organisation">
          <MergeForm action={mergeOrganisationsAction} keepId={o.id} kind="organisation" noun="organisation" />
        </AddDetails>
      ) : null}
      <RecordLinks recordType="ORGANISATION" id={o.id} canEdit={hasRole(user.role, "ANALYST")} />
    </article>
  );
}
