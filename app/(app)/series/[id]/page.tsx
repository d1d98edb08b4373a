import Link from "next/link";
import type { Metadata } from "next";
import { getSeries } from "@/lib/series/queries";
import { PageHeader } from "@/components/ui/page-header";
import { DateText } from "@/components/ui/date-text";
import { DialogueList } from "@/components/dialogues/dialogue-list";
import { RecordToolbar } from "@/components/records/record-toolbar";
import { requireUser } from "@/lib/auth/session";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { RecordLinks } from "@/components/links/record-links";
import { hasRole } from "@/lib/auth/roles";

type Props = { params: Promise<{ id: string }> };

const load = (params: Props["params"]) => loadPageRecord(params, getSeries);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).name };
}

export default async function SeriesPage({ params }: Props) {
  const user = await requireUser();
  const s = await load(params);
  return (
    <article className="record">
      <PageHeader
        title={s.name}
        eyebrow={s.parent ? <Link href={`/series/${s.parent.id}`}>{s.parent.name}</Link> : "Dialogue series"}
      >
        <dl className="facts">
          <div>
            <dt>Parties</dt>
            <dd>
              {s.parties.map((p, i) => (
                <span key={p.country.code}>
                  {i ? ", " : null}
                  <Link href={`/countries/${p.country.code}`}>{p.country.name}</Link>
                </span>
              ))}
              {s.parties.length === 2 ? (
                <>
                  {" "}
                  · <Link href={`/countries/${s.parties.map((p) => p.country.code).join("/")}`}>the pair</Link>
                </>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>Established</dt>
            <dd>
              <DateText date={s.establishedDate} precision={s.establishedPrecision} />
            </dd>
          </div>
        </dl>
        <RecordToolbar
          role={user.role}
          recordType="DIALOGUE_SERIES"
          id={s.id}
          editHref={`/series/${s.id}/edit`}
          timelineHref={`/timeline?series=${s.id}`}
        />
      </PageHeader>
      {s.description ? <p className="summary">{s.description}</p> : null}
      {s.children.length ? (
        <section aria-labelledby="subgroups">
          <h2 id="subgroups">Sub-groups</h2>
          <ul className="record-list">
            {s.children.map((c) => (
              <li key={c.id}>
                <Link href={`/series/${c.id}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="rounds">
        <h2 id="rounds">Meetings</h2>
        <DialogueList dialogues={s.dialogues} empty="No meetings recorded." />
      </section>
      <RecordLinks recordType="DIALOGUE_SERIES" id={s.id} canEdit={hasRole(user.role, "ANALYST")} />
    </article>
  );
}
