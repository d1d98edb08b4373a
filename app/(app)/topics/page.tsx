import type { Metadata } from "next";
import { topicTree } from "@/lib/topics/queries";
import { PageHeader } from "@/components/ui/page-header";
import { TopicTree } from "@/components/records/topic-tree";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const tree = await topicTree();
  return (
    <>
      <PageHeader title="Topics" />
      {tree.length === 0 ? <p className="muted">No topics yet.</p> : <TopicTree nodes={tree} />}
    </>
  );
}
