import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { expect, test } from "./fixtures";
import { hostile } from "./hostile";

// Every page and route handler, requested with generated hostile path segments and query
// parameters (fixed seed, bounded count): none may answer 500 or show Next's error page, and the
// server must log no error while it runs. Pages are found from the app folder, so a new page is
// fuzzed without anyone adding it here.

/** The app's page routes as patterns: "/dialogues/[id]/edit", "/countries/[...codes]". */
function pageRoutes(dir = path.join(process.cwd(), "app"), prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return entry.name === "page.tsx" ? [prefix || "/"] : [];
    const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`; // route groups add nothing to the URL
    return entry.name === "api" ? [] : pageRoutes(path.join(dir, entry.name), prefix + segment);
  });
}

const HANDLERS = [
  "/api/health",
  "/api/suggest",
  "/timeline/export",
  "/admin/backup/download",
  "/dialogues/[id]/briefing/download",
  "/feeds/calendar",
  "/feeds/inbox",
  "/views/[id]",
];
const PARAMS = [
  "q",
  "page",
  "sort",
  "topic",
  "status",
  "kind",
  "series",
  "country",
  "party",
  "year",
  "level",
  "type",
  "from",
  "to",
  "format",
  "passwords",
  "returnTo",
  "callbackUrl",
  "person",
  "organisation",
  "followUp",
  "precision",
  "dialogue",
  "agreement",
  "theme",
  "token",
  "subscribe",
  "atom",
  "watch",
  "view",
];

const url = (pattern: string) =>
  fc
    .record({
      segments: fc.array(hostile, { minLength: 4, maxLength: 4 }),
      query: fc.array(fc.tuple(fc.constantFrom(...PARAMS), hostile), { maxLength: 4 }),
    })
    .map(({ segments, query }) => {
      let i = 0;
      const pathname = pattern.replace(
        /\[\.\.\.[^\]]+\]|\[[^\]]+\]/g,
        (slot) => (slot.startsWith("[...") ? `${segments[i++]}/${segments[i++]}` : segments[i++]!) || "x",
      );
      return `${pathname}${query.length ? "?" : ""}${query.map(([k, v]) => `${k}=${v}`).join("&")}`;
    });

test.use({ account: "admin" });

test("no page or route handler answers 500 to hostile paths and parameters, and the server logs no error", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const log = path.join(process.cwd(), `data/e2e-server-${new URL(page.url()).port}.log`);
  const logStart = fs.existsSync(log) ? fs.statSync(log).size : 0;
  const routes = [...pageRoutes(), ...HANDLERS];
  expect(routes.length).toBeGreaterThan(35);
  const failures: string[] = [];
  for (const route of routes) {
    await fc.assert(
      fc.asyncProperty(url(route), async (target) => {
        const response = await page.request.get(target, { maxRedirects: 0, failOnStatusCode: false });
        const body = response.headers()["content-type"]?.includes("text/html") ? await response.text() : "";
        if (response.status() >= 500 || /A server error occurred|Application error/.test(body))
          failures.push(`${response.status()} ${target}`);
      }),
      { seed: 20261201, numRuns: 8 },
    );
  }
  expect(failures).toEqual([]);
  const logged = fs.existsSync(log) ? fs.readFileSync(log, "utf8").slice(logStart) : "";
  expect(logged.split("\n").filter((line) => /⨯|Error:|\[action |Unhandled/.test(line))).toEqual([]);
});
