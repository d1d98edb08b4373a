import { describe, expect, it } from "vitest";
import { makeAgreement, makeDialogue, makeOutcome } from "@/test/factories";
import { createLink, deleteLink } from "@/lib/links/mutations";
import { linkSchema } from "@/lib/links/schema";
import { makeUser } from "@/test/users";
import { linkNeighbourhood } from "./neighbourhood";

describe("a record's link neighbourhood", () => {
  it("reaches two steps out in a fixed order, keeps links among the records reached and leaves out removed links", async () => {
    const user = await makeUser("ANALYST");
    const round = await makeDialogue();
    const nextRound = await makeDialogue();
    const memorandum = await makeAgreement();
    const renewal = await makeAgreement();
    const threeStepsOut = await makeAgreement();
    const outcome = await makeOutcome({ values: { dialogueId: String(round) } });
    const link = (fromType: string, fromId: number, relation: string, toType: string, toId: number) =>
      createLink(linkSchema.parse({ fromType, fromId, relation, toType, toId }), user);
    await link("DIALOGUE", round, "LED_TO", "AGREEMENT", memorandum);
    await link("DIALOGUE", nextRound, "FOLLOWS_UP", "DIALOGUE", round);
    await link("OUTCOME", outcome, "IMPLEMENTS", "AGREEMENT", memorandum);
    await link("AGREEMENT", renewal, "RENEWS", "AGREEMENT", memorandum);
    await link("AGREEMENT", threeStepsOut, "EXTENDS", "AGREEMENT", renewal);
    const removed = await link("DIALOGUE", round, "RELATED", "OUTCOME", outcome);
    await deleteLink(removed, user);

    const hood = await linkNeighbourhood({ type: "DIALOGUE", id: round });
    expect(hood.nodes.map((n) => [n.key, n.depth])).toEqual([
      [`DIALOGUE:${round}`, 0],
      [`AGREEMENT:${memorandum}`, 1],
      [`DIALOGUE:${nextRound}`, 1],
      [`AGREEMENT:${renewal}`, 2],
      [`OUTCOME:${outcome}`, 2],
    ]);
    expect(hood.nodes[1]).toMatchObject({ typeLabel: "Agreement", href: `/agreements/${memorandum}` });
    expect(hood.edges.map((e) => e.relation).sort()).toEqual(["FOLLOWS_UP", "IMPLEMENTS", "LED_TO", "RENEWS"]);
    expect(hood.left).toBe(0);

    const capped = await linkNeighbourhood({ type: "DIALOGUE", id: round }, 3);
    expect(capped.nodes).toHaveLength(3);
    expect(capped.left).toBe(2);
    expect(capped.edges.map((e) => e.relation).sort()).toEqual(["FOLLOWS_UP", "LED_TO"]);

    // a record with no live link has no map to draw
    expect(await linkNeighbourhood({ type: "AGREEMENT", id: await makeAgreement() })).toEqual({
      nodes: [],
      edges: [],
      left: 0,
    });
  });
});
