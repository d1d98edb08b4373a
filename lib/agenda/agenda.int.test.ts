// The agenda of a planned round and what carries forward once it is held.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  unique,
  makeAgendaItem,
  makeAgreement,
  makeCommitment,
  makeDialogue,
  makeOutcome,
  makeSeries,
  makeTopic,
} from "@/test/factories";
import { agendaItemSchema, markAgendaItemSchema, moveAgendaItemSchema, takeUpAgendaItemSchema } from "./schema";
import { addAgendaItem, markAgendaItem, moveAgendaItem, takeUpAgendaItem } from "./mutations";
import { agendaOf, carriedInto } from "./queries";
import { makeUser } from "@/test/users";

const refusal = async (made: Promise<unknown>) =>
  made.then(
    () => null,
    (e: { message: string; fieldErrors?: Record<string, string[]> }) => ({
      message: e.message,
      fields: Object.keys(e.fieldErrors ?? {}),
    }),
  );

const meeting = (id: number) =>
  db.dialogue.findUniqueOrThrow({ where: { id }, select: { id: true, seriesId: true, status: true, startDate: true } });
const titles = (items: { title: string }[]) => items.map((i) => i.title);

async function series() {
  const seriesId = String(await makeSeries());
  const held = await makeDialogue({ values: { seriesId, startDate: "2024-02-28" } });
  const commitment = await makeCommitment({
    values: { dialogueId: String(held), text: "Finalise the narcotics memorandum" },
  });
  const agreement = await makeAgreement({
    values: { title: "Memorandum on narcotics", status: "UNDER_NEGOTIATION", dialogueId: String(held) },
  });
  const topic = (
    await db.topic.findUniqueOrThrow({
      where: { slug: await makeTopic({ values: { name: unique("Visas for agenda") } }) },
    })
  ).id;
  const planned = await makeDialogue({ values: { seriesId, status: "PLANNED", startDate: "" } });
  return { seriesId, held, commitment, agreement, topic, planned };
}

describe("a planned round's agenda", () => {
  it("carries over open commitments, pending agreements and themes, or typed items, each once", async () => {
    const user = await makeUser("ANALYST");
    const s = await series();
    const add = (values: Record<string, string>) =>
      addAgendaItem(agendaItemSchema.parse({ dialogueId: String(s.planned), ...values }), user);
    await add({ origin: `OUTCOME:${s.commitment}` });
    await add({ origin: `AGREEMENT:${s.agreement}`, note: "Text nearly agreed" });
    await add({ origin: `TOPIC:${s.topic}` });
    await add({ title: "Date of the next round" });
    const { items } = await agendaOf(await meeting(s.planned));
    expect(items.map((i) => [i.position, i.title, i.outcomeId, i.agreementId, i.topicId])).toEqual([
      [1, "Finalise the narcotics memorandum", s.commitment, null, null],
      [2, "Memorandum on narcotics", null, s.agreement, null],
      [3, expect.stringMatching(/^Visas for agenda/), null, null, s.topic],
      [4, "Date of the next round", null, null, null],
    ]);

    expect(await refusal(add({ origin: `OUTCOME:${s.commitment}` }))).toMatchObject({ fields: ["origin"] });
    expect(agendaItemSchema.safeParse({ dialogueId: "1" }).error?.issues[0]?.path).toEqual(["title"]);
    expect(agendaItemSchema.safeParse({ dialogueId: "1", origin: "USER:1" }).success).toBe(false);
    const elsewhere = await makeCommitment();
    expect(await refusal(add({ origin: `OUTCOME:${elsewhere}` }))).toMatchObject({ fields: ["origin"] });
    const done = await makeCommitment({ values: { dialogueId: String(s.held), followUpStatus: "DONE" } });
    expect(await refusal(add({ origin: `OUTCOME:${done}` }))).toMatchObject({ fields: ["origin"] });

    // The last item moved up twice sits second; moving the first up changes nothing.
    const last = items[3]!;
    await moveAgendaItem(moveAgendaItemSchema.parse({ id: last.id, version: last.version, direction: "up" }), user);
    const after = (await agendaOf(await meeting(s.planned))).items;
    const moved = after.find((i) => i.id === last.id)!;
    await moveAgendaItem(moveAgendaItemSchema.parse({ id: moved.id, version: moved.version, direction: "up" }), user);
    const first = after[0]!;
    await moveAgendaItem(moveAgendaItemSchema.parse({ id: first.id, version: first.version, direction: "up" }), user);
    expect(titles((await agendaOf(await meeting(s.planned))).items)).toEqual([
      "Finalise the narcotics memorandum",
      "Date of the next round",
      "Memorandum on narcotics",
      expect.stringMatching(/^Visas for agenda/),
    ]);
    // A move over a stale version is a conflict, and nothing moves.
    expect(
      await refusal(moveAgendaItem(moveAgendaItemSchema.parse({ id: last.id, version: 1, direction: "down" }), user)),
    ).not.toBeNull();
  });

  it("is marked once the round is held; what is unfinished carries into the next planned round, not copied", async () => {
    const user = await makeUser("ANALYST");
    const s = await series();
    const add = (values: Record<string, string>) =>
      addAgendaItem(agendaItemSchema.parse({ dialogueId: String(s.planned), ...values }), user);
    const [agreed, deferred, dropped, unmarked] = [
      await add({ origin: `OUTCOME:${s.commitment}` }),
      await add({ origin: `AGREEMENT:${s.agreement}` }),
      await add({ origin: `TOPIC:${s.topic}` }),
      await add({ title: "Joint working group on cyber" }),
    ];
    const mark = async (id: number, status: string, settledById = "") => {
      const { version } = await db.agendaItem.findUniqueOrThrow({ where: { id } });
      return markAgendaItem(markAgendaItemSchema.parse({ id, version, status, settledById }), user);
    };
    expect(await refusal(mark(agreed, "AGREED"))).toMatchObject({ fields: ["status"] });

    await db.dialogue.update({ where: { id: s.planned }, data: { status: "HELD", startDate: new Date("2025-03-10") } });
    const settled = await makeOutcome({
      values: { dialogueId: String(s.planned), text: "The memorandum text is final" },
    });
    const foreign = await makeOutcome();
    expect(await refusal(mark(agreed, "AGREED", String(foreign)))).toMatchObject({ fields: ["settledById"] });
    await mark(agreed, "AGREED", String(settled));
    await mark(deferred, "DEFERRED");
    await mark(dropped, "DROPPED");
    expect((await db.agendaItem.findUniqueOrThrow({ where: { id: agreed } })).settledById).toBe(settled);

    const next = await makeDialogue({ values: { seriesId: s.seriesId, status: "PLANNED", startDate: "2026-06" } });
    const later = await makeDialogue({ values: { seriesId: s.seriesId, status: "PLANNED", startDate: "2027" } });
    const before = await db.agendaItem.count();
    expect(titles(await carriedInto(await meeting(next)))).toEqual([
      "Memorandum on narcotics",
      "Joint working group on cyber",
    ]);
    expect(await db.agendaItem.count()).toBe(before);
    expect(await carriedInto(await meeting(later))).toEqual([]);

    // Concluded elsewhere: the agreement signed, it no longer carries.
    await db.agreement.update({ where: { id: s.agreement }, data: { status: "SIGNED" } });
    expect(titles(await carriedInto(await meeting(next)))).toEqual(["Joint working group on cyber"]);
    await db.agreement.update({ where: { id: s.agreement }, data: { status: "UNDER_NEGOTIATION" } });

    // Taken up on the next agenda, the item is that agenda's own, pointing back; it carries no further.
    const takeUp = (dialogueId: number, carriedFromId: number, status = "") =>
      takeUpAgendaItem(takeUpAgendaItemSchema.parse({ dialogueId, carriedFromId, status }), user);
    const kept = await takeUp(next, unmarked);
    const own = (await agendaOf(await meeting(next))).items;
    expect(own.map((i) => [i.id, i.title, i.carriedFrom?.id, i.status])).toEqual([
      [kept, "Joint working group on cyber", unmarked, null],
    ]);
    expect(titles(await carriedInto(await meeting(next)))).toEqual(["Memorandum on narcotics"]);
    expect(await refusal(takeUp(next, unmarked))).toMatchObject({ fields: ["carriedFromId"] });
    expect(await refusal(takeUp(next, agreed))).toMatchObject({ fields: ["carriedFromId"] });
    // Marking while taking up needs the round held.
    expect(await refusal(takeUp(next, deferred, "AGREED"))).toMatchObject({ fields: ["status"] });

    // Held in turn, the round shows the item it did not take up, to be marked there.
    await db.dialogue.update({ where: { id: next }, data: { status: "HELD" } });
    expect(titles(await carriedInto(await meeting(next)))).toEqual(["Memorandum on narcotics"]);
    const markedThere = await takeUp(next, deferred, "AGREED");
    expect((await db.agendaItem.findUniqueOrThrow({ where: { id: markedThere } })).status).toBe("AGREED");
    // The item kept there but left unmarked moves on to the round after, as the one kept there.
    const onward = await carriedInto(await meeting(later));
    expect(onward.map((i) => [i.id, i.carriedFrom?.id])).toEqual([[kept, unmarked]]);
  });

  it("is all or nothing: a deleted meeting or a cancelled one takes no items", async () => {
    const cancelled = await makeDialogue({ values: { status: "CANCELLED" } });
    expect(await refusal(makeAgendaItem({ values: { dialogueId: String(cancelled) } }))).toMatchObject({
      message: expect.stringMatching(/cancelled/),
    });
    const gone = await makeDialogue({ values: { status: "PLANNED" } });
    await db.dialogue.update({ where: { id: gone }, data: { deletedAt: new Date() } });
    const count = await db.agendaItem.count();
    expect(await refusal(makeAgendaItem({ values: { dialogueId: String(gone) } }))).not.toBeNull();
    expect(await db.agendaItem.count()).toBe(count);
  });
});
