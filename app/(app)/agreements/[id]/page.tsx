import Link from "next/link";
import type { Metadata } from "next";
import { getAgreement } from "@/lib/agreements/queries";
import { citationKey } from "@/lib/sources/queries";
import { agreementKindLabel, agreementStatusLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DateText } from "@/components/ui/date-text";
import { CitationList } from "@/components/sources/citation-list";
import { RecordToolbar } from "@/components/records/record-toolbar";
import { StatusChangeForm } from "@/components/agreements/status-change-form";
import { hasRole } from "@/lib/auth/roles";
import { allowedTransitions } from "@/lib/agreements/lifecycle";
import { changeAgreementStatusAction } from "../actions";
import { RecordLinks } from "@/components/links/record-links";
import { requireUser } from "@/lib/auth/session";
import { loadPageRecord } from "@/lib/records/load-page-record";

type Props = { params: Promise<{ id: string }> };

const load = (params: Props["params"]) => loadPageRecord(params, getAgreement);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).title };
}

export default async function AgreementPage({ params }: Props) {
  const user = await requireUser();
  const a = await load(params);
  return (
    <article className="record">
      <PageHeader title={a.title} eyebrow={agreementKindLabel[a.kind]}>
        <dl className="facts">
          <div>
            <dt>Status</dt>
            <dd>{agreementStatusLabel[a.status]}</dd>
          </div>
          <div>
            <dt>Nature</dt>
            <dd>{a.legallyBinding ? "Legally binding" : "Non-binding political instrument"}</dd>
          </div>
          <div>
            <dt>Parties</dt>
            <dd>{a.parties.map((p) => p.country.name).join(", ") || "not recorded"}</dd>
          </div>
          <div>
            <dt>Signed</dt>
            <dd>
              <DateText date={a.signedDate} precision={a.signedPrecision} />
            </dd>
          </div>
          {a.entryIntoForceDate ? (
            <div>
              <dt>In force</dt>
              <dd>
                <DateText date={a.entryIntoForceDate} precision={a.entryIntoForcePrecision} />
              </dd>
            </div>
          ) : null}
          {a.expiryDate ? (
            <div>
              <dt>Expires</dt>
              <dd>
                <DateText date={a.expiryDate} precision={a.expiryPrecision} />
              </dd>
            </div>
          ) : null}
          {a.dialogue ? (
            <div>
              <dt>Dialogue</dt>
              <dd>
                <Link href={`/dialogues/${a.dialogue.id}`}>{a.dialogue.title}</Link>
              </dd>
            </div>
          ) : null}
        </dl>
        <RecordToolbar role={user.role} recordType="AGREEMENT" id={a.id} editHref={`/agreements/${a.id}/edit`} />
      </PageHeader>
      {a.summary ? <p className="summary">{a.summary}</p> : null}
      {a.documentUrl ? (
        <p>
          <a href={a.documentUrl} rel="noopener noreferrer">
            Text of the agreement
          </a>
        </p>
      ) : null}
      <CitationList citations={a.citations.get(citationKey("AGREEMENT", a.id))} />

      <section aria-labelledby="signatories">
        <h2 id="signatories">Signatories</h2>
        {a.signatories.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="record-list">
            {a.signatories.map((s) => (
              <li key={s.id}>
                {s.organisation ? (
                  <Link href={`/organisations/${s.organisation.id}`}>{s.organisation.name}</Link>
                ) : null}
                {s.person ? (
                  <>
                    {s.organisation ? " — " : null}
                    <Link href={`/people/${s.person.id}`}>{s.person.name}</Link>
                  </>
                ) : null}
                {s.country ? <span className="muted"> ({s.country.name})</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="lifecycle">
        <h2 id="lifecycle">Lifecycle</h2>
        <ol className="timeline">
          {a.statusHistory.map((h) => (
            <li key={h.id}>
              <DateText date={h.date} precision={h.precision} />: {agreementStatusLabel[h.status]}
              {h.note ? <span className="muted"> — {h.note}</span> : null}
            </li>
          ))}
        </ol>
        {hasRole(user.role, "ANALYST") ? (
          <StatusChangeForm
            action={changeAgreementStatusAction}
            agreement={{ id: a.id, version: a.version }}
            next={allowedTransitions(a.status)}
            isAdmin={user.role === "ADMIN"}
          />
        ) : null}
      </section>

      <section aria-labelledby="topics">
        <h2 id="topics">Topics</h2>
        <ul className="tags">
          {a.topics.map(({ topic }) => (
            <li key={topic.slug}>
              <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
            </li>
          ))}
        </ul>
      </section>

      <RecordLinks recordType="AGREEMENT" id={a.id} links={a.links} canEdit={hasRole(user.role, "ANALYST")} />
    </article>
  );
}
