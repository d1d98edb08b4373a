import { describe, expect, it } from "vitest";
import { quoteAppearsIn } from "./quote";

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
