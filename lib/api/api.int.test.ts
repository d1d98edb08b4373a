import { beforeAll, describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { db } from "@/lib/db";
import { seedDemoData } from "@/test/seed";
import { makeUser } from "@/test/users";
import { createAccessToken, revokeAccessToken } from "@/lib/tokens/tokens";
import { serveList, serveOne, serveSearch } from "./handler";
import { openApiDocument } from "./openapi";
import { RESOURCES } from "./resources";

const ORIGIN = "https://parley.example";
const doc = openApiDocument(ORIGIN);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "openapi", ...doc });
const schemaOf = (name: string) => ajv.getSchema(`openapi#/components/schemas/${name}`)!;

let token: string;
let seriesId: number;

const get = (path: string, headers: Record<string, string> = {}, bearer: string | null = token) =>
  new Request(`${ORIGIN}${path}`, {
    headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
  });

/** GET path through the API's handlers, as the routes call them. */
function call(path: string, headers?: Record<string, string>, bearer?: string | null) {
  const [, , , name, id] = new URL(path, ORIGIN).pathname.split("/");
  const request = get(path, headers, bearer === undefined ? token : bearer);
  if (name === "search" && !id) return serveSearch(request); // its own route, beside [resource]
  return id ? serveOne(request, name!, id) : serveList(request, name!);
}

async function json(response: Response) {
  return JSON.parse(await response.text()) as Record<string, unknown>;
}

beforeAll(async () => {
  await seedDemoData();
  seriesId = (await db.dialogueSeries.findFirstOrThrow({ where: { shortName: "HSD" } })).id;
  const viewer = await makeUser("VIEWER");
  token = (await createAccessToken(viewer, { kind: "API", name: "tests", expiresAt: null })).token;
});

describe("the read API", () => {
  it("answers every list and record with what its OpenAPI document says (contract)", async () => {
    for (const r of Object.values(RESOURCES)) {
      const page = await call(`/api/v1/${r.name}`);
      expect(page.status, r.name).toBe(200);
      const body = await json(page);
      const validPage = schemaOf(`${r.schemaName}Page`);
      expect(validPage(body), `${r.name}: ${JSON.stringify(validPage.errors?.slice(0, 3))}`).toBe(true);
      const items = body.data as { id: number }[];
      expect(items.length, r.name).toBeGreaterThan(0);
      const one = await call(`/api/v1/${r.name}/${items[0]!.id}`);
      expect(one.status).toBe(200);
      const validItem = schemaOf(r.schemaName);
      expect(validItem(await json(one)), JSON.stringify(validItem.errors?.slice(0, 3))).toBe(true);
    }
    // The contract check is not vacuous: a record with a field of the wrong type is refused.
    const dialogue = (await json(await call("/api/v1/dialogues"))).data as Record<string, unknown>[];
    expect(schemaOf("Dialogue")({ ...dialogue[0], status: "MET" })).toBe(false);
  });

  it("searches as the search page does, answering what its OpenAPI document says", async () => {
    const found = await call("/api/v1/search?q=narcotics&type=agreement");
    expect(found.status).toBe(200);
    const body = await json(found);
    const valid = schemaOf("SearchResults");
    expect(valid(body), JSON.stringify(valid.errors?.slice(0, 3))).toBe(true);
    const groups = body.data as { type: string; hits: { title: string; url: string; snippet: string | null }[] }[];
    expect(groups.map((g) => g.type)).toEqual(["agreement"]);
    expect(groups[0]!.hits.some((h) => /narcotics/i.test(h.title))).toBe(true);
    expect(groups[0]!.hits[0]!.url).toMatch(/^https:\/\/parley\.example\/agreements\/\d+$/);
    expect(groups[0]!.hits.every((h) => !/[\u0002\u0003]/.test(h.snippet ?? ""))).toBe(true);
    expect(valid({ data: [{ type: "treaty", label: "x", hits: [] }] })).toBe(false);

    for (const [path, field] of [
      ["/api/v1/search", "q"],
      ["/api/v1/search?q=%20%20", "q"],
      ["/api/v1/search?q=x&type=treaty", "type"],
      ["/api/v1/search?q=x&from=soon", "from"],
      ["/api/v1/search?q=x&limit=5", "limit"],
    ] as const) {
      const refused = await call(path);
      expect(refused.status, path).toBe(400);
      expect((await json(refused)).errors, path).toHaveProperty(field);
    }
  });

  it("reads a meeting's participations, its sources' citations and the links between records", async () => {
    const meeting = await db.dialogue.findFirstOrThrow({ where: { seriesId, status: "HELD" }, select: { id: true } });
    const delegates = (await json(await call(`/api/v1/participations?dialogue=${meeting.id}&role=CO_CHAIR`))).data as {
      acting: boolean;
      side: string;
    }[];
    expect(delegates.map((d) => d.side).sort()).toEqual(["IN", "US"]);
    expect(delegates.some((d) => d.acting)).toBe(true);

    const cited = await db.citation.findFirstOrThrow({ where: { recordType: "DIALOGUE", recordId: meeting.id } });
    const citations = (await json(await call(`/api/v1/citations?type=DIALOGUE&record=${meeting.id}`))).data as {
      sourceId: number;
      record: unknown;
      stance: string;
    }[];
    expect(citations.length).toBeGreaterThan(0);
    expect(citations[0]).toMatchObject({ record: { type: "DIALOGUE", id: meeting.id }, stance: "SUPPORTS" });
    const source = await json(await call(`/api/v1/sources/${cited.sourceId}`));
    expect(source).toMatchObject({ id: cited.sourceId, kind: expect.any(String), reliability: expect.any(String) });

    const links = (await json(await call(`/api/v1/links?type=DIALOGUE&record=${meeting.id}`))).data as {
      from: { id: number };
      to: { id: number };
    }[];
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.from.id === meeting.id || l.to.id === meeting.id)).toBe(true);
    const refused = await call(`/api/v1/citations?stance=MAYBE`);
    expect(refused.status).toBe(400);
    expect((await json(refused)).errors).toHaveProperty("stance");
  });

  it("reads the seeded meeting with its delegations, dates with precision and the acting flag", async () => {
    const body = await json(await call(`/api/v1/dialogues?series=${seriesId}&status=HELD`));
    const [meeting] = body.data as Record<string, unknown>[];
    expect(meeting).toMatchObject({
      seriesId,
      status: "HELD",
      level: "SENIOR_OFFICIALS",
      start: { date: "2024-02-28", precision: "DAY", text: "2024-02-28" },
      venue: { city: "New Delhi", country: "IN" },
      url: expect.stringMatching(/^https:\/\/parley\.example\/dialogues\/\d+$/),
    });
    const acting = (meeting!.participations as Record<string, unknown>[]).find((p) => p.acting);
    expect(acting).toMatchObject({ role: "CO_CHAIR", side: "US" });
    expect(meeting!.topics).toContain("narcotics-trafficking");
  });

  it("filters agreements like the browse page, with their status history, parties and signatories", async () => {
    const body = await json(await call("/api/v1/agreements?status=SIGNED&party=IN"));
    const agreements = body.data as Record<string, unknown>[];
    expect(agreements.every((a) => a.status === "SIGNED" && (a.parties as string[]).includes("IN"))).toBe(true);
    const training = agreements.find((a) => String(a.title).includes("Law Enforcement Training"))!;
    expect(training.statusHistory).toContainEqual(expect.objectContaining({ status: "SIGNED", date: "2024-02-28" }));
    expect((training.signatories as unknown[]).length).toBeGreaterThan(0);
    const narcotics = await json(await call("/api/v1/agreements?topic=narcotics-trafficking&status=UNDER_NEGOTIATION"));
    expect((narcotics.data as { title: string }[]).map((a) => a.title)).toContain(
      "Memorandum of Cooperation on Countering Narcotics Trafficking",
    );
  });

  it("pages with cursors, each page once, and says where the next one is", async () => {
    const all = ((await json(await call("/api/v1/topics?limit=100"))).data as { id: number }[]).map((t) => t.id);
    const seen: number[] = [];
    let path: string | null = "/api/v1/topics?limit=3";
    while (path) {
      const response: Response = await call(path);
      const body = await json(response);
      seen.push(...(body.data as { id: number }[]).map((t) => t.id));
      path = body.next ? `/api/v1/topics?limit=3&cursor=${String(body.next)}` : null;
      if (body.next) expect(response.headers.get("link")).toBe(`<${path}>; rel="next"`);
    }
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(3);
  });

  it("answers If-None-Match with 304 while nothing changed, and with the new record after a change", async () => {
    const first = await call(`/api/v1/series/${seriesId}`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const again = await call(`/api/v1/series/${seriesId}`, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    await db.dialogueSeries.update({ where: { id: seriesId }, data: { description: "Changed for the ETag test." } });
    const changed = await call(`/api/v1/series/${seriesId}`, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("refuses a bad query with problem+json naming each parameter, never a 500", async () => {
    const cases: [string, number, string[]][] = [
      ["/api/v1/dialogues?colour=blue", 400, ["colour"]],
      ["/api/v1/dialogues?status=MET&limit=0", 400, ["status", "limit"]],
      ["/api/v1/agreements?party=India", 400, ["party"]],
      ["/api/v1/agreements?from=1e3&cursor=-1", 400, ["from", "cursor"]],
      ["/api/v1/dialogues?series=0x10&limit=500", 400, ["series", "limit"]],
      ["/api/v1/people?q=a&q=b", 400, ["q"]],
    ];
    for (const [path, status, fields] of cases) {
      const response = await call(path);
      expect(response.status, path).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const body = await json(response);
      expect(schemaOf("Problem")(body)).toBe(true);
      expect(Object.keys(body.errors as object).sort(), path).toEqual(fields.sort());
    }
    for (const path of ["/api/v1/treaties", "/api/v1/dialogues/999999", "/api/v1/dialogues/abc", "/api/v1/__proto__"]) {
      const response = await call(path);
      expect(response.status, path).toBe(404);
      expect((await json(response)).status).toBe(404);
    }
  });

  it("opens only to a live API token of an active account: 401 otherwise, at once", async () => {
    const noToken = await call("/api/v1/dialogues", {}, null);
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await call("/api/v1/dialogues", {}, "parley_pat_not-a-real-token")).status).toBe(401);

    const owner = await makeUser("VIEWER");
    const made = await createAccessToken(owner, { kind: "API", name: "to revoke", expiresAt: null });
    expect((await call("/api/v1/dialogues", {}, made.token)).status).toBe(200);
    expect((await db.accessToken.findUniqueOrThrow({ where: { id: made.id } })).lastUsedAt).not.toBeNull();
    await revokeAccessToken(owner, made.id);
    expect((await call("/api/v1/dialogues", {}, made.token)).status).toBe(401);

    const expired = await createAccessToken(owner, {
      kind: "API",
      name: "old",
      expiresAt: new Date(Date.now() - 1000),
    });
    expect((await call("/api/v1/dialogues", {}, expired.token)).status).toBe(401);
    const feed = await createAccessToken(owner, { kind: "FEED", name: "a feed", expiresAt: null });
    expect((await call("/api/v1/dialogues", {}, feed.token)).status).toBe(401);

    const leaver = await makeUser("ANALYST");
    const theirs = await createAccessToken(leaver, { kind: "API", name: "leaver", expiresAt: null });
    await db.user.update({ where: { id: leaver.id }, data: { active: false } });
    expect((await call("/api/v1/dialogues", {}, theirs.token)).status).toBe(401);

    // Kept hashed; named in the audit trail by its first characters, never in clear.
    const stored = await db.accessToken.findUniqueOrThrow({ where: { id: theirs.id } });
    expect(stored.tokenHash).not.toContain(theirs.token);
    expect(theirs.token.startsWith(stored.prefix)).toBe(true);
    const audit = await db.auditEvent.findMany({ where: { action: "TOKEN_CREATE", userId: leaver.id } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(theirs.token);
  });

  it("limits each token's requests in the database: 429 with Retry-After over the limit", async () => {
    const owner = await makeUser("VIEWER");
    const made = await createAccessToken(owner, { kind: "API", name: "busy", expiresAt: null });
    const rate = { limit: 2, windowSeconds: 60 };
    const request = () => get("/api/v1/topics", {}, made.token);
    expect((await serveList(request(), "topics", rate)).status).toBe(200);
    expect((await serveList(request(), "topics", rate)).status).toBe(200);
    const over = await serveList(request(), "topics", rate);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await json(over)).title).toBe("Too Many Requests");
    // Another token has its own count.
    const other = await createAccessToken(owner, { kind: "API", name: "quiet", expiresAt: null });
    expect((await serveList(get("/api/v1/topics", {}, other.token), "topics", rate)).status).toBe(200);
  });

  it("describes itself in OpenAPI 3.1, every path with its parameters, answers and errors", () => {
    expect(doc.openapi).toBe("3.1.0");
    const paths = Object.keys(doc.paths);
    for (const r of Object.values(RESOURCES))
      expect(paths).toEqual(expect.arrayContaining([`/api/v1/${r.name}`, `/api/v1/${r.name}/{id}`]));
    const list = (doc.paths["/api/v1/agreements"] as { get: { parameters: { name: string }[]; responses: object } })
      .get;
    expect(list.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(["status", "party", "topic", "limit", "cursor"]),
    );
    expect(Object.keys(list.responses)).toEqual(expect.arrayContaining(["200", "304", "400", "401", "429"]));
  });
});
