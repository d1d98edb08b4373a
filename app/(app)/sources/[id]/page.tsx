import Link from "next/link";
import { getSource, meetingsCitedBy } from "@/lib/sources/queries";
import { citableOptions } from "@/lib/sources/citable-options";
import { CiteSelection } from "@/components/sources/cite-selection";
import { createCitationAction } from "../actions";
import { credibilityLabel, reliabilityLabel, sourceKindLabel } from "@/lib/labels";
import { recordTypeLabel } from "@/lib/records/registry";
import { PageHeader } from "@/components/ui/page-header";
import { DateText } from "@/components/ui/date-text";
import { RecordToolbar } from "@/components/records/record-toolbar";
import { recordPage, type RecordPageProps } from "@/lib/records/record-page";
import { RecordLinks } from "@/components/links/record-links";
import { hasRole } from "@/lib/auth/roles";
import { Fact, Facts } from "@/components/ui/facts";
import { Section } from "@/components/ui/section";

const page = recordPage(getSource, (record) => record.title);
export const generateMetadata = page.generateMetadata;

export default async function SourcePage({ params }: RecordPageProps) {
  const [user, s] = await page.load(params);
  const canEdit = hasRole(user.role, "ANALYST");
  return (
    <article className="record">
      <PageHeader title={s.title} eyebrow={sourceKindLabel[s.kind]}>
        <Facts>
          <Fact label="Publisher">{s.publisher ?? "not recorded"}</Fact>
          <Fact label="Published">
            <DateText date={s.publishedDate} precision={s.publishedPrecision} />
          </Fact>
          <Fact label="Reliability">{reliabilityLabel[s.reliability]}</Fact>
        </Facts>
        {s.url ? (
          <p>
            <a href={s.url} rel="noopener noreferrer">
              Original
            </a>
          </p>
        ) : null}
        <RecordToolbar role={user.role} recordType="SOURCE" id={s.id} editHref={`/sources/${s.id}/edit`} />
      </PageHeader>
      <Section id="citations" title="Passages cited">
        <ul className="record-list">
          {s.citations.map((c) => (
            <li key={c.id}>
              {c.quote ? <blockquote>“{c.quote}”</blockquote> : null}
              <p className="meta">
                Backs {recordTypeLabel[c.recordType].toLowerCase()}:{" "}
                {c.record?.href ? (
                  <Link href={c.record.href}>{c.record.title}</Link>
                ) : (
                  (c.record?.title ?? `#${c.recordId}`)
                )}
                {" · "}
                {credibilityLabel[c.credibility]}
                {c.note ? ` · ${c.note}` : null}
              </p>
            </li>
          ))}
        </ul>
      </Section>
      <RecordLinks recordType="SOURCE" id={s.id} canEdit={canEdit} />
      {s.body ? (
        <Section id="text" title="Text">
          {canEdit ? (
            <CiteSelection
              body={s.body}
              sourceId={s.id}
              records={(await meetingsCitedBy(s.id)).flatMap((d) => citableOptions(d, `Meeting: ${d.title}`))}
              action={createCitationAction}
            />
          ) : (
            <div className="source-text">
              {s.body.split(/\n+/).map((para, i) => (
                <p key={i}>{para}</p>
              ))}
            </div>
          )}
        </Section>
      ) : null}
    </article>
  );
}
