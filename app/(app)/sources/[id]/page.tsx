import Link from "next/link";
import type { Metadata } from "next";
import { getSource } from "@/lib/sources/queries";
import { credibilityLabel, reliabilityLabel, sourceKindLabel } from "@/lib/labels";
import { recordTypeLabel } from "@/lib/records/registry";
import { PageHeader } from "@/components/ui/page-header";
import { DateText } from "@/components/ui/date-text";
import { RecordToolbar } from "@/components/records/record-toolbar";
import { requireUser } from "@/lib/auth/session";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { RecordLinks } from "@/components/links/record-links";
import { hasRole } from "@/lib/auth/roles";

type Props = { params: Promise<{ id: string }> };

const load = (params: Props["params"]) => loadPageRecord(params, getSource);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).title };
}

export default async function SourcePage({ params }: Props) {
  const user = await requireUser();
  const s = await load(params);
  return (
    <article className="record">
      <PageHeader title={s.title} eyebrow={sourceKindLabel[s.kind]}>
        <dl className="facts">
          <div>
            <dt>Publisher</dt>
            <dd>{s.publisher ?? "not recorded"}</dd>
          </div>
          <div>
            <dt>Published</dt>
            <dd>
              <DateText date={s.publishedDate} precision={s.publishedPrecision} />
            </dd>
          </div>
          <div>
            <dt>Reliability</dt>
            <dd>{reliabilityLabel[s.reliability]}</dd>
          </div>
        </dl>
        {s.url ? (
          <p>
            <a href={s.url} rel="noopener noreferrer">
              Original
            </a>
          </p>
        ) : null}
        <RecordToolbar role={user.role} recordType="SOURCE" id={s.id} editHref={`/sources/${s.id}/edit`} />
      </PageHeader>
      <section aria-labelledby="citations">
        <h2 id="citations">Passages cited</h2>
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
      </section>
      <RecordLinks recordType="SOURCE" id={s.id} canEdit={hasRole(user.role, "ANALYST")} />
      {s.body ? (
        <section aria-labelledby="text">
          <h2 id="text">Text</h2>
          <div className="source-text">
            {s.body.split(/\n+/).map((para, i) => (
              <p key={i}>{para}</p>
            ))}
          </div>
        </section>
      ) : null}
    </article>
  );
}
