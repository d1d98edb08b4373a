import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTopic, topicAndSubthemeIds } from "@/lib/topics/queries";
import { relatedThemes, topicFeed, topicTotals, TOTAL_CAP, type FeedItem } from "@/lib/topics/feed";
import { PAGE_SIZE, parsePage } from "@/lib/pagination";
import type { AgreementStatus, DialogueStatus, OutcomeKind } from "@/lib/domain";
import { Badge } from "@/components/ui/badge";
import { Meta } from "@/components/ui/meta";
import { Pagination } from "@/components/ui/pagination";
import { agreementStatusLabel, dialogueStatusLabel, outcomeKindLabel, plural } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DateText } from "@/components/ui/date-text";
import { RecordToolbar } from "@/components/records/record-toolbar";
import { MergeForm } from "@/components/records/merge-form";
import { TopicForm } from "@/components/topics/topic-form";
import { hasRole } from "@/lib/auth/roles";
import { topicFormValues } from "@/lib/topics/form-values";
import { mergeTopicsAction, updateTopicAction } from "../actions";
import { requireUser } from "@/lib/auth/session";
import { RecordLinks } from "@/components/links/record-links";
import { AddDetails } from "@/components/ui/add-details";
import { Section } from "@/components/ui/section";

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

/** "3 agreements", or "1,000+ agreements" past the cap (the facet page has the exact figure). */
const count = (n: number, noun: string) =>
  n > TOTAL_CAP ? `${TOTAL_CAP.toLocaleString("en")}+ ${noun}s` : plural(n, noun);

const FEED_TYPE = { DIALOGUE: "Dialogue", AGREEMENT: "Agreement", OUTCOME: "Outcome" } as const;

function detailLabel(item: FeedItem): string {
  if (item.type === "DIALOGUE") return dialogueStatusLabel[item.detail as DialogueStatus];
  if (item.type === "AGREEMENT") return agreementStatusLabel[item.detail as AgreementStatus];
  return outcomeKindLabel[item.detail as OutcomeKind];
}

export default async function TopicPage({
  params,
  searchParams,
}: Props & { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const t = await load(params);
  const { page } = parsePage((await searchParams).page);
  const ids = await topicAndSubthemeIds(t.slug);
  const [feed, totals, related] = await Promise.all([
    topicFeed(ids, page),
    topicTotals(ids),
    relatedThemes(t.id, ids, t.parentId),
  ]);
  const grandTotal = totals.dialogues + totals.agreements + totals.outcomes;
  // Past the cap, paging runs on as long as pages come back full.
  const pageCount =
    grandTotal > TOTAL_CAP
      ? page + (feed.length === PAGE_SIZE ? 1 : 0)
      : Math.max(1, Math.ceil(grandTotal / PAGE_SIZE));
  const canEdit = hasRole(user.role, "ANALYST");
  return (
    <article className="record">
      <PageHeader
        title={t.name}
        eyebrow={t.parent ? <Link href={`/topics/${t.parent.slug}`}>{t.parent.name}</Link> : "Topic"}
      >
        {t.description ? <p>{t.description}</p> : null}
        {t.synonyms.length ? <p className="meta">Also: {t.synonyms.join(", ")}</p> : null}
        {t.children.length ? (
          <p>
            Sub-themes:{" "}
            {t.children.map((c, i) => (
              <span key={c.slug}>
                {i ? ", " : null}
                <Link href={`/topics/${c.slug}`}>{c.name}</Link>
              </span>
            ))}
          </p>
        ) : null}
        <RecordToolbar
          role={user.role}
          recordType="TOPIC"
          id={t.id}
          timelineHref={`/timeline?topic=${t.slug}`}
          watch={{ userId: user.id, target: { kind: "TOPIC", targetId: t.id }, name: `the theme ${t.name}` }}
        />
        {canEdit ? (
          <>
            <AddDetails summary="Edit or move this topic">
              <TopicForm
                action={updateTopicAction}
                initial={topicFormValues(t)}
                record={{ id: t.id, version: t.version }}
              />
            </AddDetails>
            <AddDetails summary="Merge a duplicate into this topic">
              <MergeForm action={mergeTopicsAction} keepId={t.id} kind="topic" noun="topic" />
            </AddDetails>
          </>
        ) : null}
      </PageHeader>
      {related.length ? (
        <p className="related">
          Related themes:{" "}
          {related.map((r, i) => (
            <span key={r.slug}>
              {i ? ", " : null}
              <Link href={`/topics/${r.slug}`}>{r.name}</Link>
              {r.how === "together" ? <span className="muted"> ({r.count} together)</span> : null}
            </span>
          ))}
        </p>
      ) : null}
      <Section id="everything" title="Everything on this theme, newest first">
        <p className="meta">
          Including sub-themes: <Link href={`/dialogues?topic=${t.slug}`}>{count(totals.dialogues, "dialogue")}</Link>
          {" · "}
          <Link href={`/agreements?topic=${t.slug}`}>{count(totals.agreements, "agreement")}</Link>
          {" · "}
          <Link href={`/outcomes?topic=${t.slug}`}>{count(totals.outcomes, "outcome")}</Link>
        </p>
        {feed.length === 0 ? (
          <p className="muted">Nothing recorded on this theme yet.</p>
        ) : (
          <ul className="record-list">
            {feed.map((item) => (
              <li key={`${item.type}${item.id}`}>
                <Badge tone="info">{FEED_TYPE[item.type]}</Badge>{" "}
                <Link
                  href={
                    item.type === "OUTCOME"
                      ? `/dialogues/${item.dialogueId}#outcome-${item.id}`
                      : `/${item.type === "DIALOGUE" ? "dialogues" : "agreements"}/${item.id}`
                  }
                >
                  {item.title}
                </Link>
                <Meta>
                  {item.date ? <DateText date={item.date} precision={item.precision} /> : "no date yet"}
                  {detailLabel(item)}
                </Meta>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          basePath={`/topics/${t.slug}`}
          page={page}
          pageCount={pageCount}
          total={grandTotal > TOTAL_CAP ? undefined : grandTotal}
        />
      </Section>
      <RecordLinks recordType="TOPIC" id={t.id} canEdit={canEdit} />
    </article>
  );
}
