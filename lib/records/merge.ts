import "server-only";
import { db } from "@/lib/db";
import type { RecordType } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/prisma-client";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import { sameText } from "@/lib/records/like";

// Merging two records that are the same ("FLETC" and "Federal Law Enforcement Training Centers"):
// everything that pointed at the duplicate moves to the kept record — participations, positions,
// signatures, topic tags, citations, links and history — the duplicate's names become aliases or
// synonyms, and the duplicate is soft-deleted. One transaction, one MERGE audit event.

const ci = (value: string) => sameText(value.trim());
const unique = (values: (string | null | undefined)[], except: string) => [
  ...new Set(values.filter((v): v is string => !!v && v.toLowerCase() !== except.toLowerCase())),
];

/** Citations, links and audit history of any record type move from one id to another. */
async function moveReferences(tx: Tx, type: RecordType, fromId: number, toId: number) {
  await tx.citation.updateMany({ where: { recordType: type, recordId: fromId }, data: { recordId: toId } });
  await tx.auditEvent.updateMany({ where: { recordType: type, recordId: fromId }, data: { recordId: toId } });
  const links = await tx.link.findMany({
    where: {
      OR: [
        { fromType: type, fromId },
        { toType: type, toId: fromId },
      ],
    },
  });
  for (const link of links) {
    const moved = {
      fromType: link.fromType,
      relation: link.relation,
      toType: link.toType,
      fromId: link.fromType === type && link.fromId === fromId ? toId : link.fromId,
      toId: link.toType === type && link.toId === fromId ? toId : link.toId,
    };
    const selfLink = moved.fromType === moved.toType && moved.fromId === moved.toId;
    const twin = selfLink
      ? null
      : await tx.link.findUnique({ where: { fromType_fromId_relation_toType_toId: moved }, select: { id: true } });
    if (selfLink || twin) await tx.link.update({ where: { id: link.id }, data: { deletedAt: new Date() } });
    else await tx.link.update({ where: { id: link.id }, data: { fromId: moved.fromId, toId: moved.toId } });
  }
}

async function finish(
  tx: Tx,
  type: RecordType,
  keepId: number,
  duplicate: { id: number; name: string },
  user: CurrentUser,
) {
  await moveReferences(tx, type, duplicate.id, keepId);
  await auditRecord(tx, user.id, "MERGE", [type, keepId], { before: { merged: duplicate } });
}

export async function mergePeople(keepId: number, duplicateName: string, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const keep = await tx.person.findFirst({ where: { id: keepId, deletedAt: null } });
    const dup = await tx.person.findFirst({
      where: {
        id: { not: keepId },
        deletedAt: null,
        OR: [{ name: ci(duplicateName) }, { aliases: { has: duplicateName.trim() } }],
      },
    });
    if (!keep) throw new ActionError("This person has been deleted.");
    if (!dup)
      throw new ActionError("No other person has that name.", {
        duplicate: ["Pick the duplicate from the suggestions"],
      });
    await tx.participation.updateMany({ where: { personId: dup.id }, data: { personId: keep.id } });
    await tx.position.updateMany({ where: { personId: dup.id }, data: { personId: keep.id } });
    await tx.agreementSignatory.updateMany({ where: { personId: dup.id }, data: { personId: keep.id } });
    await tx.person.update({
      where: { id: keep.id },
      data: {
        aliases: unique([...keep.aliases, dup.name, ...dup.aliases], keep.name),
        countryId: keep.countryId ?? dup.countryId,
        version: { increment: 1 },
      },
    });
    await tx.person.update({ where: { id: dup.id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    await finish(tx, "PERSON", keep.id, { id: dup.id, name: dup.name }, user);
  });
}

export async function mergeOrganisations(keepId: number, duplicateName: string, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const keep = await tx.organisation.findFirst({ where: { id: keepId, deletedAt: null } });
    const dup = await tx.organisation.findFirst({
      where: {
        id: { not: keepId },
        deletedAt: null,
        OR: [{ name: ci(duplicateName) }, { acronym: ci(duplicateName) }],
      },
    });
    if (!keep) throw new ActionError("This organisation has been deleted.");
    if (!dup)
      throw new ActionError("No other organisation has that name or acronym.", {
        duplicate: ["Pick the duplicate from the suggestions"],
      });
    await tx.participation.updateMany({ where: { organisationId: dup.id }, data: { organisationId: keep.id } });
    await tx.position.updateMany({ where: { organisationId: dup.id }, data: { organisationId: keep.id } });
    await tx.agreementSignatory.updateMany({ where: { organisationId: dup.id }, data: { organisationId: keep.id } });
    await tx.organisation.updateMany({
      where: { parentId: dup.id, id: { not: keep.id } },
      data: { parentId: keep.id },
    });
    await tx.organisation.update({
      where: { id: keep.id },
      data: {
        acronym: keep.acronym ?? dup.acronym,
        countryId: keep.countryId ?? dup.countryId,
        description: keep.description ?? dup.description,
        parentId: keep.parentId === dup.id ? dup.parentId : keep.parentId,
        version: { increment: 1 },
      },
    });
    await tx.organisation.update({ where: { id: dup.id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    await finish(tx, "ORGANISATION", keep.id, { id: dup.id, name: dup.name }, user);
  });
}

export async function mergeTopics(keepId: number, duplicateName: string, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const keep = await tx.topic.findFirst({ where: { id: keepId, deletedAt: null } });
    const dup = await tx.topic.findFirst({
      where: {
        id: { not: keepId },
        deletedAt: null,
        OR: [{ name: ci(duplicateName) }, { slug: duplicateName.trim() }],
      },
    });
    if (!keep) throw new ActionError("This topic has been deleted.");
    if (!dup)
      throw new ActionError("No other topic has that name.", {
        duplicate: ["Pick the duplicate from the suggestions"],
      });
    // Tags: a record tagged with both keeps one tag.
    const dialogues = await tx.dialogueTopic.findMany({ where: { topicId: dup.id } });
    await tx.dialogueTopic.createMany({
      data: dialogues.map((r) => ({ dialogueId: r.dialogueId, topicId: keep.id })),
      skipDuplicates: true,
    });
    await tx.dialogueTopic.deleteMany({ where: { topicId: dup.id } });
    const agreements = await tx.agreementTopic.findMany({ where: { topicId: dup.id } });
    await tx.agreementTopic.createMany({
      data: agreements.map((r) => ({ agreementId: r.agreementId, topicId: keep.id })),
      skipDuplicates: true,
    });
    await tx.agreementTopic.deleteMany({ where: { topicId: dup.id } });
    const outcomes = await tx.outcomeTopic.findMany({ where: { topicId: dup.id } });
    await tx.outcomeTopic.createMany({
      data: outcomes.map((r) => ({ outcomeId: r.outcomeId, topicId: keep.id })),
      skipDuplicates: true,
    });
    await tx.outcomeTopic.deleteMany({ where: { topicId: dup.id } });
    // Agenda items carry the theme over; an agenda that already has the kept theme keeps its own item.
    const withKeep = await tx.agendaItem.findMany({
      where: { topicId: keep.id, deletedAt: null },
      select: { dialogueId: true },
    });
    await tx.agendaItem.updateMany({
      where: { topicId: dup.id, dialogueId: { notIn: withKeep.map((i) => i.dialogueId) } },
      data: { topicId: keep.id },
    });
    await tx.topic.updateMany({ where: { parentId: dup.id, id: { not: keep.id } }, data: { parentId: keep.id } });
    await tx.topic.update({
      where: { id: keep.id },
      data: {
        synonyms: unique([...keep.synonyms, dup.name, ...dup.synonyms], keep.name),
        description: keep.description ?? dup.description,
        parentId: keep.parentId === dup.id ? dup.parentId : keep.parentId,
        version: { increment: 1 },
      },
    });
    await tx.topic.update({ where: { id: dup.id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    await finish(tx, "TOPIC", keep.id, { id: dup.id, name: dup.name }, user);
  });
}
