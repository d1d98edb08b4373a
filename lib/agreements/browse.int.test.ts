import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { seedDemoData } from "@/test/seed";
import { parseVagueDate } from "@/lib/forms/vague-date";
import { createAgreement } from "./mutations";
import { browseAgreements } from "./browse";
import { agreementBrowse } from "./browse-spec";
import { parseState } from "@/lib/browse/state";

// A known data set: the founding example's two memoranda, plus three more.
beforeAll(async () => {
  await seedDemoData();
  const analyst = await makeUser("ANALYST");
  const add = (
    title: string,
    status: "SIGNED" | "IN_FORCE" | "UNDER_NEGOTIATION",
    date: string,
    parties: string,
    topics: string,
    signatories?: string,
  ) =>
    createAgreement(
      {
        title,
        kind: "MOU",
        legallyBinding: false,
        autoRenews: false,
        status,
        statusDate: parseVagueDate(date)!,
        parties,
        topics,
        signatories,
      },
      analyst,
    );
  await add("India-Mexico MoU on Fentanyl Precursors", "SIGNED", "2023-05-10", "India, Mexico", "Fentanyl");
  await add("India-US Agreement on Cyber Security", "IN_FORCE", "2021", "India, United States", "Ransomware", "MHA");
  await add(
    "US-Mexico Narcotics Action Plan",
    "UNDER_NEGOTIATION",
    "2024-06",
    "United States, Mexico",
    "Narcotics trafficking",
  );
});

const browse = (raw: Record<string, string | string[]>) => browseAgreements(parseState(agreementBrowse, raw));
const topics = (result: Awaited<ReturnType<typeof browse>>) =>
  new Map(result.facets.topic.map((t) => [Number(t.value), t.count]));
const facet = (values: { value: string; count: number }[]) => Object.fromEntries(values.map((v) => [v.value, v.count]));

describe("browsing agreements", () => {
  it("counts each theme with its sub-themes, each agreement once", async () => {
    const result = await browse({});
    const id = async (slug: string) => (await db.topic.findUniqueOrThrow({ where: { slug } })).id;
    // Narcotics trafficking: the narcotics MoC (tagged with it and with fentanyl), the Mexico MoU (fentanyl), the action plan.
    expect(topics(result).get(await id("narcotics-trafficking"))).toBe(3);
    expect(topics(result).get(await id("fentanyl"))).toBe(2);
    expect(topics(result).get(await id("cyber-security"))).toBe(1); // via Ransomware
    expect(result.total).toBe(5);
  });

  it("includes sub-themes when a theme is chosen, and counts facets against the other choices", async () => {
    const result = await browse({ topic: "narcotics-trafficking", party: "IN" });
    expect(result.items.map((a) => a.title).sort()).toEqual([
      "India-Mexico MoU on Fentanyl Precursors",
      "Memorandum of Cooperation on Countering Narcotics Trafficking",
    ]);
    expect(facet(result.facets.status)).toEqual({ SIGNED: 1, UNDER_NEGOTIATION: 1 });
    // India's partners on narcotics: the pair facet.
    expect(facet(result.facets.party)).toEqual({ IN: 2, MX: 1, US: 1 });
  });

  it("keeps a facet's own counts when one of its values is chosen", async () => {
    const result = await browse({ status: "SIGNED" });
    expect(result.total).toBe(2);
    expect(facet(result.facets.status)).toEqual({ SIGNED: 2, UNDER_NEGOTIATION: 2, IN_FORCE: 1 });
    expect(facet(result.facets.year)).toEqual({ "2023": 1, "2024": 1 });
  });

  it("filters by year signed, signatory and series, and sorts by title", async () => {
    // The cyber agreement came into force in 2021 but its signing date is not known: not "signed in 2021".
    expect((await browse({ year: "2023" })).items.map((a) => a.title)).toEqual([
      "India-Mexico MoU on Fentanyl Precursors",
    ]);
    expect((await browse({ year: "2021" })).total).toBe(0);
    const mha = await db.organisation.findFirstOrThrow({ where: { acronym: "MHA" } });
    expect((await browse({ signatory: String(mha.id) })).items.map((a) => a.title)).toEqual([
      "India-US Agreement on Cyber Security",
    ]);
    const series = await db.dialogueSeries.findFirstOrThrow();
    expect((await browse({ series: String(series.id) })).total).toBe(2);
    const titles = (await browse({ sort: "title" })).items.map((a) => a.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  });

  it("answers an unknown theme with nothing rather than everything", async () => {
    expect((await browse({ topic: "no-such-theme" })).total).toBe(0);
  });
});
