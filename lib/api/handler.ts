import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { authenticateToken, type TokenOwner } from "@/lib/tokens/tokens";
import { consumeRate, type RateLimit } from "@/lib/tokens/rate-limit";
import { publicOrigin } from "@/lib/timeline/export";
import { problem, type FieldErrors } from "./problem";
import { DEFAULT_LIMIT, query } from "./shapes";
import { RESOURCES } from "./resources";
import type { Resource } from "./resources/resource";
import { searchFilters, searchFor } from "./search";

// Every read API request: a personal API token (Authorization: Bearer), a request counted against
// the token's limit (in the database, shared by every instance), the query validated by the
// resource's zod schema, and the answer with an ETag that If-None-Match is answered from.

/** Requests per token per minute. */
export const API_RATE: RateLimit = { limit: 120, windowSeconds: 60 };

const paging = z.object({ limit: query.limit, cursor: query.cursor });

type Guarded = { owner: TokenOwner } | { refused: Response };

async function guard(request: Request, rate: RateLimit): Promise<Guarded> {
  const header = request.headers.get("authorization") ?? "";
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const challenge = { "WWW-Authenticate": 'Bearer realm="parley"' };
  if (!token)
    return {
      refused: problem(401, "Unauthorized", "Send a personal API token: Authorization: Bearer <token>.", {
        headers: challenge,
      }),
    };
  const owner = await authenticateToken(token, "API");
  if (!owner)
    return {
      refused: problem(401, "Unauthorized", "This token is not valid: it may have been revoked or have expired.", {
        headers: challenge,
      }),
    };
  const decision = await consumeRate(`api:${owner.tokenId}`, rate);
  if (!decision.allowed)
    return {
      refused: problem(429, "Too Many Requests", `At most ${rate.limit} requests a minute per token.`, {
        headers: { "Retry-After": String(decision.retryAfterSeconds) },
      }),
    };
  return { owner };
}

/** The query's parameters, each given once, as an object; or what is wrong with them. */
function parameters(
  url: URL,
  allowed: z.ZodObject,
  paged = true,
): { values: Record<string, string> } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const values: Record<string, string> = {};
  const known = new Set([...Object.keys(allowed.shape), ...(paged ? ["limit", "cursor"] : [])]);
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    if (!known.has(key)) errors[key] = [`Unknown parameter. This list takes: ${[...known].join(", ")}.`];
    else if (all.length > 1) errors[key] = ["Give it once."];
    else values[key] = all[0]!;
  }
  return Object.keys(errors).length ? { errors } : { values };
}

const fieldErrors = (error: z.ZodError): FieldErrors => {
  const out: FieldErrors = {};
  for (const issue of error.issues) (out[String(issue.path[0] ?? "query")] ??= []).push(issue.message);
  return out;
};

/** The JSON answer, or 304 when the client's copy (If-None-Match) is this one. */
function answer(request: Request, body: unknown, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const etag = `W/"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const common = { ETag: etag, "Cache-Control": "private, no-cache", Vary: "Authorization", ...headers };
  const matches = (request.headers.get("if-none-match") ?? "")
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === "*" || t === etag.replace(/^W\//, ""));
  if (matches) return new Response(null, { status: 304, headers: common });
  return new Response(text, {
    headers: { "Content-Type": "application/json; charset=utf-8", "X-Content-Type-Options": "nosniff", ...common },
  });
}

const unknownResource = (name: string) =>
  problem(404, "Not Found", `There is no list called "${name}". The lists are: ${Object.keys(RESOURCES).join(", ")}.`);

/** GET /api/v1/<resource>?filters&limit&cursor */
export async function serveList(request: Request, name: string, rate = API_RATE): Promise<Response> {
  const guarded = await guard(request, rate);
  if ("refused" in guarded) return guarded.refused;
  const resource: Resource | undefined = Object.hasOwn(RESOURCES, name) ? RESOURCES[name] : undefined;
  if (!resource) return unknownResource(name);
  const url = new URL(request.url);
  const given = parameters(url, resource.filters);
  if ("errors" in given) return problem(400, "Bad Request", "The query has parameters this list does not take.", given);
  const page = paging.safeParse(given.values);
  const filters = resource.filters.safeParse(
    Object.fromEntries(Object.entries(given.values).filter(([k]) => k !== "limit" && k !== "cursor")),
  );
  if (!page.success || !filters.success) {
    const errors = {
      ...(page.success ? {} : fieldErrors(page.error)),
      ...(filters.success ? {} : fieldErrors(filters.error)),
    };
    return problem(400, "Bad Request", "Some query parameters are not valid.", { errors });
  }
  const { limit = DEFAULT_LIMIT, cursor } = page.data;
  const rows = (await resource.list({
    filters: filters.data,
    after: cursor ? Number(cursor) : 0,
    take: limit + 1,
    origin: publicOrigin(request),
  })) as { id: number }[];
  const data = rows.slice(0, limit);
  const next = rows.length > limit ? String(data.at(-1)!.id) : null;
  const headers: Record<string, string> = {};
  if (next) {
    url.searchParams.set("cursor", next);
    headers.Link = `<${url.pathname}${url.search}>; rel="next"`;
  }
  return answer(request, { data, next }, headers);
}

/** GET /api/v1/<resource>/<id> */
export async function serveOne(request: Request, name: string, idText: string, rate = API_RATE): Promise<Response> {
  const guarded = await guard(request, rate);
  if ("refused" in guarded) return guarded.refused;
  const resource: Resource | undefined = Object.hasOwn(RESOURCES, name) ? RESOURCES[name] : undefined;
  if (!resource) return unknownResource(name);
  const id = query.id.safeParse(idText);
  if (!id.success) return problem(404, "Not Found", `"${idText.slice(0, 40)}" is not the id of any ${resource.noun}.`);
  const item = await resource.one(id.data, publicOrigin(request));
  if (!item) return problem(404, "Not Found", `There is no ${resource.noun} with the id ${id.data}.`);
  return answer(request, item);
}

/** GET /api/v1/search?q=…&type=…&from=…&to=…: the best hits of each kind (ten at most), not paged. */
export async function serveSearch(request: Request, rate = API_RATE): Promise<Response> {
  const guarded = await guard(request, rate);
  if ("refused" in guarded) return guarded.refused;
  const given = parameters(new URL(request.url), searchFilters, false);
  if ("errors" in given) return problem(400, "Bad Request", "The query has parameters search does not take.", given);
  const filters = searchFilters.safeParse(given.values);
  if (!filters.success)
    return problem(400, "Bad Request", "Some query parameters are not valid.", { errors: fieldErrors(filters.error) });
  return answer(request, await searchFor(filters.data, publicOrigin(request)));
}
