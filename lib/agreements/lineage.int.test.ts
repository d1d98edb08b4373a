import { describe, expect, it } from "vitest";
import { makeAgreement } from "@/test/factories";
import { createLink } from "@/lib/links/mutations";
import { linkSchema } from "@/lib/links/schema";
import { makeUser } from "@/test/users";
import { agreementLineage } from "./lineage-query";

describe("agreement lineage", () => {
  it("shows each agreement of a chain its predecessors and successors, oldest first, from any member", async () => {
    const user = await makeUser("ANALYST");
    const moc2018 = await makeAgreement({ values: { title: "FLETC-BPRD training MoC 2018", statusDate: "2018" } });
    const moc2024 = await makeAgreement({
      values: { title: "FLETC-SVPNPA training MoC 2024", statusDate: "2024-02-28" },
    });
    const extension = await makeAgreement({ values: { title: "Extension of the 2024 MoC", statusDate: "2026-01" } });
    const unrelated = await makeAgreement();
    const link = (fromId: number, relation: string, toId: number) =>
      createLink(linkSchema.parse({ fromType: "AGREEMENT", fromId, relation, toType: "AGREEMENT", toId }), user);
    await link(moc2024, "SUPERSEDES", moc2018);
    await link(extension, "EXTENDS", moc2024);
    await link(unrelated, "RELATED", moc2018); // not lineage

    for (const from of [moc2018, moc2024, extension]) {
      const chain = await agreementLineage(from);
      expect(chain.map((a) => a.id)).toEqual([moc2018, moc2024, extension]);
      expect(chain.find((a) => a.current)?.id).toBe(from);
    }
    const [, middle] = await agreementLineage(moc2024);
    expect(middle!.links).toEqual([
      { relation: "SUPERSEDES", direction: "successor-of", other: moc2018 },
      { relation: "EXTENDS", direction: "predecessor-of", other: extension },
    ]);
    expect(await agreementLineage(unrelated)).toEqual([]);
  });

  it("refuses renews or extends between anything but two agreements", () => {
    const parsed = linkSchema.safeParse({
      fromType: "AGREEMENT",
      fromId: "4",
      relation: "RENEWS",
      toType: "DIALOGUE",
      toId: "1",
    });
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([["toType"]]);
    expect(
      linkSchema.safeParse({ fromType: "AGREEMENT", fromId: "4", relation: "RENEWS", toType: "AGREEMENT", toId: "1" })
        .success,
    ).toBe(true);
  });
});
