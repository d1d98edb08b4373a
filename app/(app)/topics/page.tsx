import type { Metadata } from "next";
import { topicTree } from "@/lib/topics/queries";
import { PageHeader } from "@/components/ui/page-header";
import { TopicTree } from "@/components/topics/topic-tree";
import { TopicForm } from "@/components/topics/topic-form";
import { hasRole } from "@/lib/auth/roles";
import { createTopicAction } from "./actions";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const user = await requireUser();
  const tree = await topicTree();
  return (
    <>
      <PageHeader title="Topics" />
      {hasRole(user.role, "ANALYST") ? (
        <details className="add">
          <summary>New topic</summary>
          <TopicForm action={createTopicAction} />
        </details>
      ) : null}
      {tree.length === 0 ? <p className="muted">No topics yet.</p> : <TopicTree nodes={tree} />}
    </>
  );
}
