// Every page behind sign-in checks the session on the server itself (not only the proxy): a new
// page that forgets to fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function pages(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? pages(full) : entry.name === "page.tsx" ? [full] : [];
  });
}

describe("pages behind sign-in", () => {
  const files = pages(path.join(__dirname, "(app)"));

  it("are found", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  // loadPageRecord() checks the role before it loads anything; recordPage()'s load checks the session.
  it.each(files.map((f) => [path.relative(__dirname, f), f]))(
    "%s calls requireUser, requireRole, loadPageRecord, a recordPage's load or loadBrowsePage",
    (_name, file) => {
      expect(fs.readFileSync(file, "utf8")).toMatch(
        /await (requireUser|requireRole|loadPageRecord|page\.load|loadBrowsePage)\(|=> loadPageRecord\(/,
      );
    },
  );

  it("a browse page's load checks the session before it reads anything", () => {
    const source = fs.readFileSync(path.join(__dirname, "../lib/browse/page.ts"), "utf8");
    expect(source.indexOf("await requireUser()")).toBeGreaterThan(-1);
    expect(source.indexOf("await requireUser()")).toBeLessThan(source.indexOf("parseState("));
  });

  it("a recordPage's load checks the session before it reads the record", () => {
    const source = fs.readFileSync(path.join(__dirname, "../lib/records/record-page.ts"), "utf8");
    expect(source).toMatch(/\[\s*await requireUser\(\),\s*await read\(params\),?\s*\]/);
  });
});
