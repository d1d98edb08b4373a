import { describe, expect, it } from "vitest";
import { closestPassage, quoteAppearsIn } from "./quote";

const body = "Both sides agreed to hold the next round of the senior officials’ dialogue in Washington.";

describe("quoteAppearsIn", () => {
  it("matches despite straight vs curly quotes, spacing and case", () => {
    expect(quoteAppearsIn(body, "the senior officials' dialogue  in washington")).toBe(true);
    expect(quoteAppearsIn(body, "“Both sides agreed to hold the next round”")).toBe(true);
  });
  it("refuses a passage that is not there", () => {
    expect(quoteAppearsIn(body, "the next round in New Delhi")).toBe(false);
  });
});

describe("closestPassage", () => {
  const body =
    "The two sides reviewed ongoing work in counter-terrorism. The dialogue concluded with signing a memorandum of cooperation on law enforcement training. Both sides agreed to meet in Washington.";

  it("offers the sentence a misremembered quote comes from, with its offsets", () => {
    const closest = closestPassage(
      body,
      "the dialogue ended with the signing of a memorandum on law enforcement training",
    );
    expect(closest?.text).toBe(
      "The dialogue concluded with signing a memorandum of cooperation on law enforcement training.",
    );
    expect(body.slice(closest!.start, closest!.end)).toBe(closest!.text);
  });

  it("offers nothing when no passage is close", () => {
    expect(closestPassage(body, "fisheries in the Pacific were not discussed at all")).toBeNull();
  });
});
