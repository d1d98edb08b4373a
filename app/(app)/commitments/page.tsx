import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listOpenCommitments } from "@/lib/outcomes/queries";
import { seriesOptions } from "@/lib/series/queries";
import { topicAndSubthemeIds, topicTree, type TopicNode } from "@/lib/topics/queries";
import { followUpStatusLabel, outcomeKindLabel } from "@/lib/labels";
import { parsePage } from "@/lib/pagination";
import { parseId } from "@/lib/params";
import { today } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { DateText } from "@/components/ui/date-text";
import { Badge } from "@/components/ui/badge";
import { Meta } from "@/components/ui/meta";

export const metadata: Metadata = { title: "Open commitments" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

function flatten(nodes: TopicNode[], depth = 0): { value: string; label: string }[] {
  return nodes.flatMap((n) => [{ value: n.slug, label: `${"\u2003".repeat(depth)}${n.name}` }, ...flatten(n.children, depth + 1)]);
}

export default async function CommitmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser();
  const params = await searchParams;
  const raw = { series: first(params.series), topic: first(params.topic) };
  const topicIds = raw.topic ? await topicAndSubthemeIds(raw.topic) : undefined;
  const [result, series, tree] = await Promise.all([
    listOpenCommitments({ seriesId: parseId(raw.series) ?? undefined, topicIds }, parsePage(params.page)),
    seriesOptions(),
    topicTree(),
  ]);
  const now = today();
  return (
    <>
      <PageHeader title="Open commitments" />
      <form method="get" className="filters" aria-label="Filter commitments">
        <div className="field"><label htmlFor="series">Series</label>
          <select id="series" name="series" defaultValue={raw.series}><option value="">All series</option>{series.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}</select>
        </div>
        <div className="field"><label htmlFor="topic">Topic</label>
          <select id="topic" name="topic" defaultValue={raw.topic}><option value="">All topics</option>{flatten(tree).map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}</select>
        </div>
        <button type="submit">Filter</button>
      </form>
      {result.items.length === 0 ? <p className="muted">No open commitments{raw.series || raw.topic ? " match these filters" : ""}.</p> : (
        <ul className="record-list">
          {result.items.map((c) => (
            <li key={c.id}>
              <Link href={`/dialogues/${c.dialogue.id}#outcome-${c.id}`}>{c.text}</Link>
              <Meta>
                {outcomeKindLabel[c.kind]}
                {c.followUpStatus ? followUpStatusLabel[c.followUpStatus] : null}
                {c.dueDate ? <>due <DateText date={c.dueDate} precision={c.duePrecision} />{c.dueDate < now ? <> <Badge tone="warn">overdue</Badge></> : null}</> : "no due date"}
                {c.dialogue.series.name}
              </Meta>
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/commitments" params={Object.fromEntries(Object.entries(raw).filter(([, v]) => v))} {...result} />
    </>
  );
}
