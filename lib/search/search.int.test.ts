import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/test/seed";
import { makeAgendaItem, makeAssessment, makeDialogue, makeSeries, makeSource, makeTopic } from "@/test/factories";
import { normaliseQuery } from "./query";
import { searchRecords, type SearchGroup } from "./queries";

beforeAll(async () => {
  await seedDemoData();
});

const titles = (groups: SearchGroup[], type: string) =>
  groups.find((g) => g.type === type)?.items.map((i) => i.title) ?? [];

describe("full-text search on the founding example", () => {
  it("finds the Federal Law Enforcement Training Centers' records by their acronym", async () => {
    const groups = await searchRecords("FLETC");
    expect(titles(groups, "organisation")).toEqual(["Federal Law Enforcement Training Centers (FLETC)"]);
    expect(titles(groups, "agreement")).toEqual([expect.stringMatching(/Law Enforcement Training/)]);
  });

  it("finds fentanyl across outcomes, agreements, passages and the source, with the word highlighted", async () => {
    const groups = await searchRecords("fentanyl");
    expect(groups.map((g) => g.type)).toEqual(expect.arrayContaining(["outcome", "agreement", "passage", "source"]));
    const outcome = groups.find((g) => g.type === "outcome")!.items[0]!;
    expect(outcome.snippet).toMatch(/\u0002fentanyl\u0003/i);
  });

  it("matches a phrase, a prefix, and a topic synonym", async () => {
    expect(titles(await searchRecords('"next round"'), "outcome")).toEqual([expect.stringMatching(/next round/)]);
    expect(titles(await searchRecords("law enforc"), "agreement")).toEqual([
      expect.stringMatching(/Law Enforcement Training/),
    ]);
    // "counter-narcotics" is a synonym of the topic "Narcotics trafficking".
    expect(titles(await searchRecords("counter-narcotics"), "agreement")).toContain(
      "Memorandum of Cooperation on Countering Narcotics Trafficking",
    );
  });

  it("finds a record by every word of a query, each as written, joined, or as a synonym", async () => {
    const seriesId = String(
      await makeSeries({ values: { name: "Pakistan-U.S. Counterterrorism Dialogue", parties: "PK, US" } }),
    );
    await makeDialogue({ values: { seriesId, title: "Pakistan-U.S. Counterterrorism Dialogue, Islamabad" } });
    await makeTopic({ values: { name: "Maritime security", synonyms: "sea lane security" } });
    await makeDialogue({ values: { seriesId, title: "Maritime security talks with Pakistan" } });

    expect(titles(await searchRecords("counter-terrorism Pakistan"), "dialogue")).toEqual([
      "Pakistan-U.S. Counterterrorism Dialogue, Islamabad",
    ]);
    expect(titles(await searchRecords("Pakistan counterterrorism -Islamabad"), "dialogue")).toEqual([]);
    expect(titles(await searchRecords("sea lane security Pakistan"), "dialogue")).toEqual([
      "Maritime security talks with Pakistan",
    ]);
    expect(titles(await searchRecords("FLETC training"), "agreement")).toEqual([
      expect.stringMatching(/Law Enforcement Training/),
    ]);
  });

  it("finds sources by their publisher", async () => {
    await makeSource({ values: { title: "Readout of the maritime talks", publisher: "Ministry of External Affairs" } });
    expect(titles(await searchRecords("external affairs ministry"), "source")).toEqual([
      "Readout of the maritime talks",
    ]);
  });

  it("ranks the record whose title matches above those that only mention the words", async () => {
    const items = (await searchRecords("narcotics trafficking")).find((g) => g.type === "agreement")!.items;
    expect(items[0]!.title).toBe("Memorandum of Cooperation on Countering Narcotics Trafficking");
  });

  it("filters by record type and by date", async () => {
    expect((await searchRecords("fentanyl", { types: ["agreement"] })).map((g) => g.type)).toEqual(["agreement"]);
    expect(
      await searchRecords("fentanyl", { types: ["dialogue", "source"], from: new Date("2025-01-01T00:00:00Z") }),
    ).toEqual([]);
    expect(
      (await searchRecords("Washington", { types: ["dialogue"], to: new Date("2024-12-31T00:00:00Z") })).length,
    ).toBe(1);
  });

  it.each([
    "!!! ??? ...",
    "x".repeat(2000),
    '\'; DROP TABLE "Agreement"; --',
    "<script>alert('x')</script>",
    '"unbalanced quote',
    "a & b | !c:*",
    "( ( (",
    "OR AND NOT",
  ])("answers %j without an error", async (raw) => {
    await expect(searchRecords(normaliseQuery(raw))).resolves.toBeInstanceOf(Array);
  });
});

describe("search over what is written between rounds", () => {
  it("finds a compliance assessment by its note and an agenda item by its title or note", async () => {
    const assessment = await makeAssessment({
      values: { note: "Cabinet approved the draft memorandum in cold storage" },
    });
    const item = await makeAgendaItem({
      values: { title: "Extradition backlog review", note: "Bring the figures on pending cold storage requests" },
    });

    const groups = await searchRecords("cold storage");
    const found = groups.find((g) => g.type === "assessment")!.items;
    expect(found).toHaveLength(1);
    expect(found[0]!.href).toMatch(new RegExp(`^/outcomes/\\d+#assessment-${assessment}$`));
    expect(found[0]!.title).toMatch(/ — India$/);
    expect(found[0]!.snippet).toMatch(/\u0002cold\u0003/);
    const agenda = groups.find((g) => g.type === "agenda")!.items;
    expect(agenda.map((i) => i.href)).toEqual([
      expect.stringMatching(new RegExp(`^/dialogues/\\d+#agenda-item-${item}$`)),
    ]);

    expect(titles(await searchRecords("extradition backlog"), "agenda")).toEqual([
      expect.stringMatching(/^Extradition backlog review — /),
    ]);
    // Filtered to other kinds, neither is searched.
    expect((await searchRecords("cold storage", { types: ["outcome"] })).map((g) => g.type)).not.toContain(
      "assessment",
    );
  });
});
