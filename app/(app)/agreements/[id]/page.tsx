import Link from "next/link";
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
import { recordPage, type RecordPageProps } from "@/lib/records/record-page";
import { Fact, Facts } from "@/components/ui/facts";
import { Section } from "@/components/ui/section";
import { Badge } from "@/components/ui/badge";
import { plural } from "@/lib/labels";
import { termState, termText } from "@/lib/agreements/terms";
import { layoutLifecycle } from "@/lib/charts/lifecycle-layout";
import { LifecycleChart } from "@/components/charts/lifecycle-chart";
import { today } from "@/lib/dates";
import { agreementLineage } from "@/lib/agreements/lineage-query";
import { LineageSection } from "@/components/agreements/lineage-section";

const page = recordPage(getAgreement, (record) => record.title);
export const generateMetadata = page.generateMetadata;

export default async function AgreementPage({ params }: RecordPageProps) {
  const [user, a] = await page.load(params);
  const lineage = await agreementLineage(a.id);
  const term = termState(a);
  const termWords = termText(term);
  const lifecycle = layoutLifecycle(a.statusHistory, term.kind === "none" ? null : term.ends, today());
  return (
    <article className="record">
      <PageHeader title={a.title} eyebrow={agreementKindLabel[a.kind]}>
        <Facts>
          <Fact label="Status">{agreementStatusLabel[a.status]}</Fact>
          <Fact label="Nature">{a.legallyBinding ? "Legally binding" : "Non-binding political instrument"}</Fact>
          <Fact label="Parties">{a.parties.map((p) => p.country.name).join(", ") || "not recorded"}</Fact>
          <Fact label="Signed">
            <DateText date={a.signedDate} precision={a.signedPrecision} />
          </Fact>
          {a.entryIntoForceDate ? (
            <Fact label="In force">
              <DateText date={a.entryIntoForceDate} precision={a.entryIntoForcePrecision} />
            </Fact>
          ) : null}
          {a.expiryDate ? (
            <Fact label="Expires">
              <DateText date={a.expiryDate} precision={a.expiryPrecision} />
            </Fact>
          ) : null}
          {a.termMonths || a.autoRenews ? (
            <Fact label="Term">
              {[
                a.termMonths ? plural(a.termMonths, "month") : null,
                a.autoRenews
                  ? `renews automatically${a.renewalMonths ? ` for ${plural(a.renewalMonths, "month")}` : ""}`
                  : null,
                a.noticeDays ? `${plural(a.noticeDays, "day")}' notice` : null,
              ]
                .filter(Boolean)
                .join(", ")}
            </Fact>
          ) : null}
          {termWords ? (
            <Fact label="Now">
              <Badge tone={term.kind === "running" ? "info" : "warn"}>{termWords}</Badge>
            </Fact>
          ) : null}
          {a.dialogue ? (
            <Fact label="Dialogue">
              <Link href={`/dialogues/${a.dialogue.id}`}>{a.dialogue.title}</Link>
            </Fact>
          ) : null}
        </Facts>
        <RecordToolbar
          role={user.role}
          recordType="AGREEMENT"
          id={a.id}
          editHref={`/agreements/${a.id}/edit`}
          timelineHref={`/timeline?agreement=${a.id}`}
          watch={{ userId: user.id, target: { kind: "AGREEMENT", targetId: a.id }, name: a.title }}
        />
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

      <Section id="signatories" title="Signatories">
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
      </Section>

      <Section id="lifecycle" title="Lifecycle">
        {lifecycle ? <LifecycleChart layout={lifecycle} title={`${a.title}: its status over time`} /> : null}
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
      </Section>

      <LineageSection chain={lineage} />

      <Section id="topics" title="Topics">
        <ul className="tags">
          {a.topics.map(({ topic }) => (
            <li key={topic.slug}>
              <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
            </li>
          ))}
        </ul>
      </Section>

      <RecordLinks recordType="AGREEMENT" id={a.id} links={a.links} canEdit={hasRole(user.role, "ANALYST")} />
    </article>
  );
}
