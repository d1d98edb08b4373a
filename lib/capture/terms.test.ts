import { describe, expect, it } from "vitest";
import { TermMatcher } from "./terms";

describe("TermMatcher", () => {
  const matcher = new TermMatcher<string>([
    ["Republic of Korea", "KR"],
    ["Democratic People's Republic of Korea", "KP"],
    ["organised crime", "crime"],
    ["defence cooperation", "defence"],
    ["US", "US"],
    ["counter-terrorism", "ct"],
  ]);
  const found = (text: string) => matcher.find(text).map((h) => [h.text, h.value]);

  it("keeps the longest of overlapping names, and finds a name that starts inside a shorter one", () => {
    expect(found("the Democratic People's Republic of Korea and the Republic of Korea")).toEqual([
      ["Democratic People's Republic of Korea", "KP"],
      ["Republic of Korea", "KR"],
    ]);
  });

  it("matches either spelling, spaces or hyphens, and plurals; acronyms only in capitals", () => {
    expect(found("Organized crime, defense cooperation and counter terrorism with us and the US")).toEqual([
      ["Organized crime", "crime"],
      ["defense cooperation", "defence"],
      ["counter terrorism", "ct"],
      ["US", "US"],
    ]);
  });

  it("finds a plural term of two words in the singular, but not one word, nor words that only end in s", () => {
    const plural = new TermMatcher<string>([
      ["gas pipelines", "energy"],
      ["coastal navies", "maritime"],
      ["exports", "trade"],
      ["small arms", "arms"],
    ]);
    expect(plural.find("a gas pipeline, a coastal navy, to export a small arm").map((h) => [h.text, h.value])).toEqual([
      ["gas pipeline", "energy"],
      ["coastal navy", "maritime"],
    ]);
  });

  it("finds a term that starts inside an earlier one and keeps the longer", () => {
    const police = new TermMatcher<string>([
      ["border police", "border"],
      ["police cooperation", "police"],
    ]);
    expect(police.find("cross-border police cooperation").map((h) => h.value)).toEqual(["police"]);
  });

  it("matches whole words only, within the range asked for", () => {
    expect(found("disorganised crimes")).toEqual([]);
    const text = "organised crime; organised crime";
    expect(matcher.find(text, 17).map((h) => h.start)).toEqual([17]);
  });
});
