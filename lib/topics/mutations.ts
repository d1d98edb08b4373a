import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import { slugify, splitNames } from "@/lib/records/resolve";
import { versionedUpdate } from "@/lib/records/versioned-update";
import type { CurrentUser } from "@/lib/auth/session";
import type { TopicInput } from "./schema";
import { topicEdit } from "./form-values";
import { sameText } from "@/lib/records/like";

/** The parent named in the form; moving a topic under itself or its own sub-theme is refused. */
async function parentId(tx: Tx, name: string | undefined, movingId?: number): Promise<number | null> {
  if (!name) return null;
  const parent = await tx.topic.findFirst({ where: { deletedAt: null, name: sameText(name) }, select: { id: true } });
  if (!parent)
    throw new ActionError("There is no topic with that name.", {
      parent: ["Pick an existing topic, or leave empty for a main theme"],
    });
  for (
    let at: number | null = parent.id;
    movingId !== undefined && at !== null;
    at = (await tx.topic.findUnique({ where: { id: at }, select: { parentId: true } }))?.parentId ?? null
  ) {
    if (at === movingId)
      throw new ActionError("A topic cannot be moved under itself or one of its sub-themes.", {
        parent: ["That is this topic or one of its sub-themes"],
      });
  }
  return parent.id;
}

export async function createTopic(input: TopicInput, user: CurrentUser): Promise<string> {
  return db.$transaction(async (tx) => {
    if (await tx.topic.findFirst({ where: { deletedAt: null, name: sameText(input.name) }, select: { id: true } })) {
      throw new ActionError("There is already a topic with that name.", { name: ["Already exists"] });
    }
    let slug = slugify(input.name);
    for (let n = 2; await tx.topic.findUnique({ where: { slug }, select: { id: true } }); n++)
      slug = `${slugify(input.name)}-${n}`;
    const data = {
      name: input.name,
      slug,
      parentId: await parentId(tx, input.parent),
      description: input.description ?? null,
      synonyms: splitNames(input.synonyms),
    };
    const created = await tx.topic.create({ data, select: { id: true } });
    await auditRecord(tx, user.id, "CREATE", ["TOPIC", created.id], { after: data });
    return slug;
  });
}

export async function updateTopic(
  input: TopicInput & { id: number; version: number },
  user: CurrentUser,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const data = {
      name: input.name,
      parentId: await parentId(tx, input.parent, input.id),
      description: input.description ?? null,
      synonyms: splitNames(input.synonyms),
    };
    await versionedUpdate(tx, topicEdit, input, data, user);
  });
}

/**
 * Teaches capture a phrase for a topic: `synonym` is added to the topic's synonyms (once, whatever
 * its case), in the caller's transaction, versioned and audited like any edit of the topic.
 */
export async function addSynonym(tx: Tx, topicId: number, synonym: string, user: CurrentUser): Promise<void> {
  const topic = await tx.topic.findFirst({
    where: { id: topicId, deletedAt: null },
    select: { name: true, synonyms: true },
  });
  if (!topic) throw new ActionError("That topic has been deleted.");
  const known = [topic.name, ...topic.synonyms].map((t) => t.toLowerCase());
  if (known.includes(synonym.trim().toLowerCase())) return;
  const synonyms = [...topic.synonyms, synonym.trim()];
  await tx.topic.update({ where: { id: topicId }, data: { synonyms, version: { increment: 1 } } });
  await auditRecord(tx, user.id, "UPDATE", ["TOPIC", topicId], {
    before: { synonyms: topic.synonyms },
    after: { synonyms },
  });
}
