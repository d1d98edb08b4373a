import type { Metadata } from "next";
import { topicTree } from "@/lib/topics/queries";
import { PageHeader } from "@/components/ui/page-header";
import { TopicTree } from "@/components/topics/topic-tree";
import { TopicForm } from "@/components/topics/topic-form";
import { hasRole } from "@/lib/auth/roles";
import { createTopicAction } from "./actions";
import { requireUser } from "@/lib/auth/session";
import { AddDetails } from "@/components/ui/add-details";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const user = await requireUser();
  const tree = await topicTree();
  return (
    <>
      <PageHeader title="Topics" />
      {hasRole(user.role, "ANALYST") ? (
        <AddDetails summary="New topic">
          <TopicForm action={createTopicAction} />
        </AddDetails>
      ) : null}
      {tree.length === 0 ? <p className="muted">No topics yet.</p> : <TopicTree nodes={tree} />}
    </>
  );
}
