import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTopic } from "@/lib/topics/queries";
import { agreementStatusLabel, outcomeKindLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DateText } from "@/components/ui/date-text";
import { RecordToolbar } from "@/components/records/record-toolbar";
import { MergeForm } from "@/components/records/merge-form";
import { TopicForm } from "@/components/topics/topic-form";
import { hasRole } from "@/lib/auth/roles";
import { topicFormValues } from "@/lib/topics/form-values";
import { mergeTopicsAction, updateTopicAction } from "../actions";
import { requireUser } from "@/lib/auth/session";
import { RecordLinks } from "@/components/records/record-links";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  await requireUser();
  const slug = (await params).slug;
  const topic = /^[a-z0-9-]{1,100}$/.test(slug) ? await getTopic(slug) : null;
  if (!topic) notFound();
  return topic;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).name };
}

export default async function TopicPage({ params }: Props) {
  const user = await requireUser();
  const t = await load(params);
  const canEdit = hasRole(user.role, "ANALYST");
  return (
    <article className="record">
      <PageHeader title={t.name} eyebrow={t.parent ? <Link href={`/topics/${t.parent.slug}`}>{t.parent.name}</Link> : "Topic"}>
        {t.description ? <p>{t.description}</p> : null}
        {t.synonyms.length ? <p className="meta">Also: {t.synonyms.join(", ")}</p> : null}
        {t.children.length ? <p>Sub-themes: {t.children.map((c, i) => <span key={c.slug}>{i ? ", " : null}<Link href={`/topics/${c.slug}`}>{c.name}</Link></span>)}</p> : null}
        <RecordToolbar role={user.role} recordType="TOPIC" id={t.id} />
        {canEdit ? (
          <>
            <details className="add"><summary>Edit or move this topic</summary>
              <TopicForm action={updateTopicAction} initial={topicFormValues(t)} record={{ id: t.id, version: t.version }} />
            </details>
            <details className="add"><summary>Merge a duplicate into this topic</summary><MergeForm action={mergeTopicsAction} keepId={t.id} kind="topic" noun="topic" /></details>
          </>
        ) : null}
      </PageHeader>
      <section aria-labelledby="dialogues">
        <h2 id="dialogues">Dialogues</h2>
        {t.dialogues.length === 0 ? <p className="muted">None.</p> : (
          <ul className="record-list">{t.dialogues.map((d) => <li key={d.id}><Link href={`/dialogues/${d.id}`}>{d.title}</Link> <span className="meta"><DateText date={d.startDate} precision={d.startPrecision} /></span></li>)}</ul>
        )}
      </section>
      <section aria-labelledby="agreements">
        <h2 id="agreements">Agreements</h2>
        {t.agreements.length === 0 ? <p className="muted">None.</p> : (
          <ul className="record-list">{t.agreements.map((a) => <li key={a.id}><Link href={`/agreements/${a.id}`}>{a.title}</Link> <span className="meta">{agreementStatusLabel[a.status]}</span></li>)}</ul>
        )}
      </section>
      <section aria-labelledby="outcomes">
        <h2 id="outcomes">Outcomes</h2>
        {t.outcomes.length === 0 ? <p className="muted">None.</p> : (
          <ul className="record-list">{t.outcomes.map((o) => <li key={o.id}>{o.text}<p className="meta">{outcomeKindLabel[o.kind]} · <Link href={`/dialogues/${o.dialogue.id}#outcome-${o.id}`}>{o.dialogue.title}</Link></p></li>)}</ul>
        )}
      </section>
      <RecordLinks recordType="TOPIC" id={t.id} canEdit={canEdit} />
    </article>
  );
}
