import { describe, expect, it } from "vitest";
import { makeSeries } from "@/test/factories";
import { resolveNamedFilters } from "./named-filters";

describe("the timeline form's series and countries, typed by name", () => {
  it("become the series' id and the countries' codes, and the request goes on to that timeline's URL", async () => {
    const id = await makeSeries({ values: { name: "Bhutan-Nepal Boundary Working Group", parties: "BT, NP" } });
    const named = await resolveNamedFilters({
      series: "bhutan-nepal boundary working group",
      country: ["Bhutan", "np"],
      topic: "",
      lanes: "pair",
    });
    expect(named.unknown).toEqual({ country: [] });
    expect(named.params).toEqual({ series: [String(id)], country: ["BT", "NP"], lanes: ["pair"] });
    expect(named.redirectTo).toBe(`/timeline?lanes=pair&series=${id}&country=BT&country=NP`);
  });

  it("leaves a timeline's own URL as it is", async () => {
    expect((await resolveNamedFilters({ series: "12", country: ["IN", "US"], lanes: "kind" })).redirectTo).toBeNull();
  });

  it("keeps what matches no record, to say so beside the field, and does not send the request on", async () => {
    const named = await resolveNamedFilters({ series: "The Atlantis Dialogue", country: ["Atlantis", "IN"] });
    expect(named.redirectTo).toBeNull();
    expect(named.unknown).toEqual({ series: "The Atlantis Dialogue", country: ["Atlantis"] });
    expect(named.params).toEqual({ country: ["IN"] });
  });
});
