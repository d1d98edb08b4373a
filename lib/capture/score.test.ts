import { describe, expect, it } from "vitest";
import { extractDraft } from "./extract";
import { scoreDraft, type Gold } from "./score";
import { corpusGazetteer } from "@/test/capture/corpus";

const text =
  "The U.S.-Mexico Security Dialogue was held in Washington on 10 February 2026. It was co-chaired by U.S. Deputy Secretary of State Ana Ruiz and Mexico's Undersecretary Jorge Lara.";
const draft = extractDraft({ content: text, published: "2026-02-11" }, corpusGazetteer());
const gold: Gold = {
  input: {},
  series: { name: "U.S.-Mexico Security Dialogue", parties: ["MX", "US"] },
  meeting: {
    start: "2026-02-10",
    end: "2026-02-10",
    precision: "DAY",
    city: "Washington",
    country: "US",
    level: null,
    status: "HELD",
  },
  participants: [
    { name: "Ana Ruiz", title: "Deputy Secretary of State", acting: false, organisation: null, country: "US" },
    { name: "Jorge Lara", title: "Undersecretary", acting: false, organisation: null, country: "MX" },
    { name: "Rosa Elena Villaseñor", title: "Secretary", acting: false, organisation: null, country: "MX" },
  ],
  themes: [],
  agreements: [],
  nextRound: null,
};

describe("scoring a draft against its gold", () => {
  const score = scoreDraft(draft, gold);

  it("counts a one-day meeting the same whether the gold gives its end or not", () => {
    expect(score["meeting.date"]).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(scoreDraft(draft, { ...gold, meeting: { ...gold.meeting, end: null } })["meeting.date"].truePositives).toBe(
      1,
    );
  });

  it('keeps country codes as they are ("US" is not dropped as a word)', () => {
    expect(score["participants.country"]).toMatchObject({ truePositives: 2, falseNegatives: 1 });
    expect(score["participants.country"].missed).toEqual(["rosa elena villasenor=MX"]);
  });

  it("lists what it missed and what it got wrong", () => {
    expect(score["participants.name"].missed).toEqual(["rosa elena villasenor"]);
    const wrong = scoreDraft(draft, {
      ...gold,
      series: { name: "U.S.-Mexico High-Level Dialogue", parties: ["MX", "US"] },
    });
    expect(wrong.series).toMatchObject({
      wrong: ["MX-US:mexico security dialogue"],
      missed: ["MX-US:mexico high level dialogue"],
    });
  });
});
