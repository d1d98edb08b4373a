// Every page behind sign-in checks the session on the server itself (not only the proxy): a new
// page that forgets to fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, name) : entry.name === name ? [full] : [];
  });
}
const pages = (dir: string) => files(dir, "page.tsx");

describe("pages behind sign-in", () => {
  const found = pages(path.join(__dirname, "(app)"));

  it("are found", () => {
    expect(found.length).toBeGreaterThan(10);
  });

  // loadPageRecord() checks the role before it loads anything; recordPage()'s load checks the session.
  it.each(found.map((f) => [path.relative(__dirname, f), f]))(
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

  // A download is a route handler: it answers 401 itself before it reads anything.
  it.each(files(path.join(__dirname, "(app)"), "route.ts").map((f) => [path.relative(__dirname, f), f]))(
    "%s answers 401 without a session before it reads anything",
    (_name, file) => {
      const source = fs.readFileSync(file, "utf8");
      const check = source.search(/if \(!(\(await currentUser\(\)\)|user)\)\s*return [^;]*401/);
      expect(check).toBeGreaterThan(-1);
      expect(check).toBeLessThan(source.search(/await (load|export|backup|open)\w*\(/));
    },
  );

  // The read API authenticates by token (lib/api/handler.ts), before it reads anything.
  it.each(files(path.join(__dirname, "api/v1"), "route.ts").map((f) => [path.relative(__dirname, f), f]))(
    "%s goes through the API's token check, or serves no data",
    (_name, file) => {
      expect(fs.readFileSync(file, "utf8")).toMatch(/return serve(List|One|Search)\(|openApiDocument\(/);
    },
  );

  it("the API checks the token before it reads a record", () => {
    const source = fs.readFileSync(path.join(__dirname, "../lib/api/handler.ts"), "utf8");
    for (const [serve, read] of [
      ["export async function serveList", "resource.list("],
      ["export async function serveOne", "resource.one("],
      ["export async function serveSearch", "await searchFor("],
    ] as const) {
      const body = source.slice(source.indexOf(serve));
      expect(body.indexOf("await guard(")).toBeGreaterThan(-1);
      expect(body.indexOf("await guard(")).toBeLessThan(body.indexOf(read));
    }
  });

  it.each([
    ["calendar", "serveCalendarFeed", "await exportTimeline("],
    ["atom", "serveAtomFeed", "await feedOf("],
  ])("a feed (%s) checks its token before it reads anything", (name, serve, read) => {
    const route = fs.readFileSync(path.join(__dirname, `feeds/${name === "atom" ? "inbox" : name}/route.ts`), "utf8");
    expect(route).toMatch(new RegExp(`return ${serve}\\(`));
    const source = fs.readFileSync(path.join(__dirname, `../lib/feeds/${name}.ts`), "utf8");
    const body = source.slice(source.indexOf(`export async function ${serve}`));
    expect(body.indexOf("await feedOwner(")).toBeGreaterThan(-1);
    expect(body.indexOf("await feedOwner(")).toBeLessThan(body.indexOf(read));
    const access = fs.readFileSync(path.join(__dirname, "../lib/feeds/access.ts"), "utf8");
    expect(access).toMatch(/await authenticateToken\(url\.searchParams\.get\("token"\)/);
  });
});
