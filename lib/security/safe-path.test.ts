import { describe, expect, it } from "vitest";
import { localPathOr, safeLocalPath } from "./safe-path";
import { optionalLocalPath } from "@/lib/forms/fields";

describe("safeLocalPath", () => {
  it.each([
    ["/", "/"],
    ["/dialogues", "/dialogues"],
    ["/dialogues/3#cite", "/dialogues/3#cite"],
    ["/search?q=fentanyl&type=agreement", "/search?q=fentanyl&type=agreement"],
    ["/topics/a/../narcotics", "/topics/narcotics"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"], // an encoded slash is a character of a path here, not a host
  ])("keeps the local path %j", (value, expected) => {
    expect(safeLocalPath(value)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "///evil.example",
    "/\\evil.example/phish",
    "\\/evil.example",
    "/\\/evil.example",
    "/\t/evil.example/x",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\u0000/evil.example",
    "/\u001f/evil.example",
    "/ /evil.example",
    "/\u00a0/evil.example",
    "/\u2028/evil.example",
    "/\ufeff/evil.example",
    " /dialogues",
    "/dialogues ",
    "/.//evil.example",
    "/./\\evil.example",
    "https://evil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "@evil.example",
    "/@evil.example".replace("/", "//"),
    "https:/\\evil.example",
    "",
    "/" + "a".repeat(2001),
  ])("refuses %j", (value) => {
    expect(safeLocalPath(value)).toBeNull();
  });

  it("refuses what is not a string", () => {
    for (const value of [undefined, null, 42, ["/"], { toString: () => "/" }]) expect(safeLocalPath(value)).toBeNull();
  });
});

describe("localPathOr", () => {
  it("takes the first of a repeated parameter, or the fallback", () => {
    expect(localPathOr(["/agreements", "//evil.example"], "/")).toBe("/agreements");
    expect(localPathOr(["//evil.example", "/agreements"], "/")).toBe("/");
    expect(localPathOr(undefined, undefined)).toBeUndefined();
  });
});

describe("optionalLocalPath (a form's returnTo)", () => {
  it("keeps a local path, treats blank as none and refuses anything else with a message", () => {
    expect(optionalLocalPath.parse("/dialogues/3#cite")).toBe("/dialogues/3#cite");
    expect(optionalLocalPath.parse("")).toBeUndefined();
    expect(optionalLocalPath.safeParse("/\\evil.example").error?.issues[0]?.message).toBe("Not a page of this site");
  });
});
