import { describe, expect, it } from "vitest";
import { columns, nameList, textValues, ticked } from "./form-values";

describe("form values from stored records", () => {
  it("selects columns by name", () => {
    expect(columns("id", "title")).toEqual({ id: true, title: true });
  });

  it("shows columns as typed: nothing is empty, numbers are digits", () => {
    expect(
      textValues({ title: "MoU", summary: null, round: 3, note: undefined }, "title", "summary", "round", "note"),
    ).toEqual({
      title: "MoU",
      summary: "",
      round: "3",
      note: "",
    });
  });

  it("lists linked names, skipping the missing, and ticks a checkbox", () => {
    expect(nameList([{ n: "India" }, { n: null }, { n: "United States" }], (x) => x.n)).toBe("India, United States");
    expect([ticked(true), ticked(false)]).toEqual(["on", ""]);
  });
});
