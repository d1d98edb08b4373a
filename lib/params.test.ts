import { describe, expect, it } from "vitest";
import { parseId } from "./params";

describe("parseId", () => {
  it("accepts positive integers within the int4 range", () => {
    expect(parseId("42")).toBe(42);
    expect(parseId("2147483647")).toBe(2147483647);
  });
  it.each(["0", "-1", "abc", "1.5", "2147483648", "", "1 OR 1=1"])("rejects %j", (value) => {
    expect(parseId(value)).toBeNull();
  });
});
