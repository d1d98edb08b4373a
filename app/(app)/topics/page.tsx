import type { Metadata } from "next";
import { topicTree } from "@/lib/topics/queries";
import { PageHeader } from "@/components/ui/page-header";
import { TopicTree } from "@/components/records/topic-tree";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  await requireUser();
  const tree = await topicTree();
  return (
    <>
      <PageHeader title="Topics" />
      {tree.length === 0 ? <p className="muted">No topics yet.</p> : <TopicTree nodes={tree} />}
    </>
  );
}
