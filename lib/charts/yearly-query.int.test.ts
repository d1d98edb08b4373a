import { describe, expect, it } from "vitest";
import { makeAgreement, makeCommitment, makeDialogue, makeSeries } from "@/test/factories";
import { yearlyFiguresOf } from "./yearly-query";

const sorted = (rows: Awaited<ReturnType<typeof yearlyFiguresOf>>) =>
  rows.map((r) => `${r.measure} ${r.year} ${r.status ?? "-"} ${r.count}`).sort();

describe("the yearly figures of a series and of a country pair", () => {
  it("count meetings held, agreements signed and commitments by the year of their round", async () => {
    const series = await makeSeries({ values: { parties: "BT, NP" } });
    const round = (startDate: string, status = "HELD") =>
      makeDialogue({ values: { seriesId: String(series), startDate, status } });
    const thimphu = await round("2022-03-14");
    const kathmandu = await round("2024-02");
    await round("2024-11-02");
    await round("2026", "PLANNED"); // not held: not counted
    await makeAgreement({ values: { parties: "BT, NP", statusDate: "2024-02-20", dialogueId: String(kathmandu) } });
    await makeAgreement({ values: { parties: "BT, NP", status: "UNDER_NEGOTIATION", statusDate: "2024" } }); // not signed
    await makeAgreement({ values: { parties: "BT, IN", statusDate: "2023-05-01" } }); // another pair
    await makeCommitment({ values: { dialogueId: String(thimphu), followUpStatus: "DONE" } });
    await makeCommitment({ values: { dialogueId: String(kathmandu) } });
    await makeCommitment({ values: { dialogueId: String(kathmandu) } });

    expect(sorted(await yearlyFiguresOf({ seriesId: series }))).toEqual([
      "agreements 2024 - 1",
      "commitments 2022 DONE 1",
      "commitments 2024 OPEN 2",
      "meetings 2022 - 1",
      "meetings 2024 - 2",
    ]);
    // the pair's figures: the same rounds, and every agreement both are parties of
    const pair = sorted(await yearlyFiguresOf({ countryCodes: ["BT", "NP"] }));
    expect(pair).toContain("agreements 2024 - 1");
    expect(pair).not.toContain("agreements 2023 - 1");
    expect(pair).toContain("meetings 2024 - 2");
  });
});
