import Link from "next/link";
import { getCommitment } from "@/lib/compliance/queries";
import { complianceFigure, currentByParty, signedScore, scoreLabel } from "@/lib/compliance/scale";
import { isAssessable } from "@/lib/compliance/assessable";
import { sourceOptions, citationKey } from "@/lib/sources/queries";
import { roundSources } from "@/lib/rounds/carry-over";
import { assessmentPhaseLabel, followUpStatusLabel, outcomeKindLabel } from "@/lib/labels";
import { recordPage, type RecordPageProps } from "@/lib/records/record-page";
import { hasRole } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { Fact, Facts } from "@/components/ui/facts";
import { Section } from "@/components/ui/section";
import { DateText } from "@/components/ui/date-text";
import { Badge } from "@/components/ui/badge";
import { Meta } from "@/components/ui/meta";
import { TableHead } from "@/components/ui/table-head";
import { AddDetails } from "@/components/ui/add-details";
import { CitationList } from "@/components/sources/citation-list";
import { RecordToolbar } from "@/components/records/record-toolbar";
import { DeleteButton } from "@/components/records/delete-button";
import { AssessmentForm } from "@/components/compliance/assessment-form";
import { assessCommitmentAction } from "../actions";

const page = recordPage(getCommitment, (o) => o.text.slice(0, 80));
export const generateMetadata = page.generateMetadata;

const scoreTone = (score: number) => (score > 0 ? "good" : score < 0 ? "warn" : "info");

/** One outcome; a commitment or next step with each party's compliance, its history and its evidence. */
export default async function OutcomePage({ params }: RecordPageProps) {
  const [user, o] = await page.load(params);
  const canEdit = hasRole(user.role, "ANALYST");
  const parties = o.dialogue.series.parties.map((p) => p.country);
  const byParty = currentByParty(o.assessments);
  const current = parties.map((country) => ({ country, assessment: byParty.get(country.code) }));
  const figure = complianceFigure(current.flatMap((c) => (c.assessment ? [c.assessment.score] : [])));
  return (
    <article className="record">
      <PageHeader title={o.text} eyebrow={outcomeKindLabel[o.kind]}>
        <Facts>
          <Fact label="Made at">
            <Link href={`/dialogues/${o.dialogue.id}`}>{o.dialogue.title}</Link>,{" "}
            <DateText date={o.dialogue.startDate} precision={o.dialogue.startPrecision} />
          </Fact>
          <Fact label="Series">
            <Link href={`/series/${o.dialogue.series.id}`}>{o.dialogue.series.name}</Link>
          </Fact>
          {o.followUpStatus ? <Fact label="Follow-up">{followUpStatusLabel[o.followUpStatus]}</Fact> : null}
          {o.dueDate ? (
            <Fact label="Due">
              <DateText date={o.dueDate} precision={o.duePrecision} />
            </Fact>
          ) : null}
        </Facts>
        <RecordToolbar role={user.role} recordType="OUTCOME" id={o.id} editHref={`/outcomes/${o.id}/edit`} />
      </PageHeader>
      <CitationList canEdit={canEdit} citations={o.citations.get(citationKey("OUTCOME", o.id))} />
      {isAssessable(o.kind) ? (
        <>
          <Section id="compliance" title="Compliance">
            <table className="compliance cards">
              <caption>
                Each party&apos;s current score on the G7/G20 Research Group scale: −1 no compliance, 0 partial or under
                way, +1 full.
              </caption>
              <TableHead columns={["Party", "Current score", "Assessment", "As of"]} />
              <tbody>
                {current.map(({ country, assessment }) => (
                  <tr key={country.code}>
                    <th scope="row">
                      <Link href={`/countries/${country.code}`}>{country.name}</Link>
                    </th>
                    {assessment ? (
                      <>
                        <td data-label="Current score">
                          <Badge tone={scoreTone(assessment.score)}>{signedScore(assessment.score)}</Badge>
                        </td>
                        <td data-label="Assessment">{assessmentPhaseLabel[assessment.phase]}</td>
                        <td data-label="As of">
                          <DateText date={assessment.assessedDate} precision={assessment.assessedPrecision} />
                        </td>
                      </>
                    ) : (
                      <td colSpan={3} className="muted">
                        Not yet assessed
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            {figure ? (
              <p>
                Together: {Math.round(figure.percent)} % compliance ({figure.assessed} of {parties.length} parties
                assessed).
              </p>
            ) : null}
          </Section>
          <Section id="history" title="Assessment history">
            {o.assessments.length === 0 ? <p className="muted">No assessment recorded.</p> : null}
            <ol className="record-list" reversed>
              {o.assessments.map((a) => (
                <li key={a.id} id={`assessment-${a.id}`}>
                  <strong>{a.country.name}</strong> <Badge tone={scoreTone(a.score)}>{scoreLabel(a.score)}</Badge>
                  <Meta>
                    <span>
                      {assessmentPhaseLabel[a.phase]} assessment as of{" "}
                      <DateText date={a.assessedDate} precision={a.assessedPrecision} />
                    </span>
                    {a.note}
                  </Meta>
                  {canEdit ? (
                    <DeleteButton
                      recordType="COMPLIANCE_ASSESSMENT"
                      id={a.id}
                      name={`assessment of ${a.country.name}`}
                      compact
                    />
                  ) : null}
                  <CitationList
                    canEdit={canEdit}
                    citations={o.citations.get(citationKey("COMPLIANCE_ASSESSMENT", a.id))}
                  />
                </li>
              ))}
            </ol>
            {canEdit ? (
              <AddDetails summary="Assess compliance">
                <AssessmentForm
                  action={assessCommitmentAction}
                  outcomeId={o.id}
                  parties={parties.map((c) => ({ value: String(c.id), label: c.name }))}
                  sources={await sourceOptions(200, await roundSources(o.dialogue.id))}
                />
              </AddDetails>
            ) : null}
          </Section>
        </>
      ) : null}
    </article>
  );
}
