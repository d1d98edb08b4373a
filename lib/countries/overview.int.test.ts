import { beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "@/test/users";
import { seedDemoData } from "@/test/seed";
import { makeIndiaMexicoMou } from "@/test/factories";
import { createSeries } from "@/lib/series/mutations";
import { countryOverview, findCountries } from "./overview";

// The founding example (India-US: a held meeting, a planned Washington round, two memoranda, open
// commitments) plus an India-Mexico series and MoU, which the India-US pair must not show.
beforeAll(async () => {
  await seedDemoData();
  const analyst = await makeUser("ANALYST");
  await createSeries({ name: "India-Mexico Security Dialogue", parties: "India, Mexico" } as never, analyst);
  await makeIndiaMexicoMou("2025-03");
});

describe("country and country-pair pages", () => {
  it("finds countries by code, refusing unknown ones", async () => {
    expect((await findCountries(["IN", "US"]))?.map((c) => c.name)).toEqual(["India", "United States"]);
    expect(await findCountries(["IN", "QQ"])).toBeNull();
  });

  it("shows a pair's series, rounds, agreements by status and open commitments, and nothing of other partners", async () => {
    const o = await countryOverview(["IN", "US"]);
    expect(o.series.map((s) => s.name)).toEqual(["India-US Homeland Security Dialogue"]);
    expect(o.recent.map((d) => d.venueCity)).toEqual(["New Delhi"]);
    expect(o.upcoming.map((d) => d.venueCity)).toEqual(["Washington"]);
    expect(o.agreementsByStatus).toEqual([
      { status: "UNDER_NEGOTIATION", count: 1 },
      { status: "SIGNED", count: 1 },
    ]);
    expect(o.latestAgreements.map((a) => a.title)).not.toContain("India-Mexico MoU on Fentanyl Precursors");
    expect(o.commitments.total).toBeGreaterThan(0);
    expect(o.commitments.items.every((c) => c.dialogue.series.name === "India-US Homeland Security Dialogue")).toBe(
      true,
    );
    expect(o.partners).toEqual([]);
  });

  it("shows a country's partners with what they share", async () => {
    const o = await countryOverview(["IN"]);
    expect(o.series).toHaveLength(2);
    expect(o.agreementsByStatus).toEqual([
      { status: "UNDER_NEGOTIATION", count: 1 },
      { status: "SIGNED", count: 2 },
    ]);
    expect(o.partners).toEqual([
      { code: "US", name: "United States", series: 1, agreements: 2 },
      { code: "MX", name: "Mexico", series: 1, agreements: 1 },
    ]);
  });

  it("shows a country with nothing recorded as empty, not as an error", async () => {
    const o = await countryOverview(["FR"]);
    expect([o.series, o.recent, o.upcoming, o.agreementsByStatus, o.partners, o.commitments.items]).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });
});
