import { describe, expect, it } from "vitest";
import { strengthByTheme, suggestStrength } from "./strength";

describe("commitment strength", () => {
  it("reads the verbs: discussed < reaffirmed < agreed < committed with a target < binding", () => {
    expect(suggestStrength("Discussed ways to counter money laundering.", "DISCUSSION")).toBe("DISCUSSED");
    expect(suggestStrength("Reviewed ongoing work in counter-terrorism.", "DISCUSSION")).toBe("DISCUSSED");
    expect(suggestStrength("Reaffirmed the commitment to safe and legal migration.", "STATEMENT")).toBe("REAFFIRMED");
    expect(suggestStrength("The sides welcomed progress on visas.", "DISCUSSION")).toBe("REAFFIRMED");
    expect(suggestStrength("Both sides agreed to expand the exchange of information.", "DECISION")).toBe("AGREED");
    expect(suggestStrength("Finalise a memorandum of cooperation on narcotics.", "NEXT_STEP")).toBe("AGREED");
    expect(suggestStrength("Finalise a memorandum of cooperation on narcotics.", "NEXT_STEP", true)).toBe("COMMITTED");
    expect(suggestStrength("They agreed to handle all cases within 30 days.", "DECISION")).toBe("COMMITTED");
    expect(suggestStrength("Both governments committed to a joint task force by 2026.", "COMMITMENT")).toBe(
      "COMMITTED",
    );
    expect(suggestStrength("Signed a Memorandum of Cooperation on training.", "AGREEMENT_SIGNED")).toBe("BINDING");
    expect(suggestStrength("The extradition treaty entered into force.", "STATEMENT")).toBe("BINDING");
  });

  it("shows per theme the strongest language at each round, and whether it strengthened", () => {
    const rounds = [
      { id: 1, title: "2022" },
      { id: 2, title: "2023" },
      { id: 3, title: "2024" },
    ];
    const narcotics = { id: 7, name: "Narcotics", slug: "narcotics" };
    const cyber = { id: 8, name: "Cyber", slug: "cyber" };
    const rows = strengthByTheme(rounds, [
      { roundIndex: 0, outcomeId: 10, strength: "DISCUSSED", themes: [narcotics, cyber] },
      { roundIndex: 1, outcomeId: 11, strength: "AGREED", themes: [narcotics] },
      { roundIndex: 1, outcomeId: 12, strength: "REAFFIRMED", themes: [narcotics] },
      { roundIndex: 2, outcomeId: 13, strength: "BINDING", themes: [narcotics] },
      { roundIndex: 2, outcomeId: 14, strength: "DISCUSSED", themes: [cyber] },
    ]);
    expect(rows.map((r) => [r.theme.name, r.cells.map((c) => c?.strength ?? null), r.trend])).toEqual([
      ["Cyber", ["DISCUSSED", null, "DISCUSSED"], "same"],
      ["Narcotics", ["DISCUSSED", "AGREED", "BINDING"], "stronger"],
    ]);
    expect(rows[1]!.cells[1]!.outcomeId).toBe(11);
    const weaker = strengthByTheme(rounds.slice(0, 2), [
      { roundIndex: 0, outcomeId: 1, strength: "COMMITTED", themes: [cyber] },
      { roundIndex: 1, outcomeId: 2, strength: "REAFFIRMED", themes: [cyber] },
    ]);
    expect(weaker[0]!.trend).toBe("weaker");
  });
});
