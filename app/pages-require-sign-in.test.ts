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

  // loadPageRecord() checks the role before it loads anything.
  it.each(files.map((f) => [path.relative(__dirname, f), f]))(
    "%s calls requireUser, requireRole or loadPageRecord",
    (_name, file) => {
      expect(fs.readFileSync(file, "utf8")).toMatch(
        /await (requireUser|requireRole|loadPageRecord)\(|=> loadPageRecord\(/,
      );
    },
  );
});
