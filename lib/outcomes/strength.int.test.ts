import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeDialogue, makeOutcome, makeSeries, unique } from "@/test/factories";
import { seriesStrengthByTheme } from "./strength-query";

describe("the strength of an outcome's language", () => {
  it("is stored as its words suggest unless the analyst chose one, and read per theme across rounds", async () => {
    const seriesId = String(await makeSeries());
    const first = String(await makeDialogue({ values: { seriesId, startDate: "2023-03" } }));
    const second = String(await makeDialogue({ values: { seriesId, startDate: "2024-02-28" } }));
    const theme = unique("Narcotics strength");
    const discussed = await makeOutcome({
      values: { dialogueId: first, kind: "DISCUSSION", text: "Discussed narcotics trafficking.", topics: theme },
    });
    const chosen = await makeOutcome({
      values: {
        dialogueId: first,
        kind: "DISCUSSION",
        text: "Talked about precursors.",
        topics: theme,
        strength: "REAFFIRMED",
      },
    });
    const signed = await makeOutcome({
      values: {
        dialogueId: second,
        kind: "AGREEMENT_SIGNED",
        text: "Signed the memorandum on narcotics.",
        topics: theme,
      },
    });
    const strengths = await db.outcome.findMany({
      where: { id: { in: [discussed, chosen, signed] } },
      orderBy: { id: "asc" },
      select: { strength: true },
    });
    expect(strengths.map((o) => o.strength)).toEqual(["DISCUSSED", "REAFFIRMED", "BINDING"]);

    const { rounds, rows } = await seriesStrengthByTheme(Number(seriesId));
    expect(rounds.map((r) => r.id)).toEqual([Number(first), Number(second)]);
    const row = rows.find((r) => r.theme.name === theme)!;
    expect(row.cells.map((c) => c?.strength)).toEqual(["REAFFIRMED", "BINDING"]);
    expect(row.trend).toBe("stronger");
  });
});
