import "server-only";
import { z } from "zod";
import { API_RATE } from "./handler";
import { problemShape, query } from "./shapes";
import { RESOURCES } from "./resources";
import { searchFilters, searchResults } from "./search";

// The read API's OpenAPI 3.1 document, generated from the same zod schemas the API validates its
// queries with and builds its answers by (zod's own JSON Schema output), so it cannot drift from
// what the API does; the contract test checks real answers against it.

const jsonSchema = (schema: z.ZodType, io: "input" | "output" = "output") => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  });
  return rest;
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});
const PROBLEMS = {
  "401": problemResponse("No token, or one that is revoked, expired or not valid"),
  "429": {
    ...problemResponse(`Over ${API_RATE.limit} requests a minute for this token`),
    headers: {
      "Retry-After": { schema: { type: "integer" }, description: "seconds until the next request is counted" },
    },
  },
};
const cached = {
  ETag: { schema: { type: "string" }, description: "send it back as If-None-Match to be answered 304 while unchanged" },
};

function parameter(name: string, schema: z.ZodType) {
  const described = schema.description ? { description: schema.description } : {};
  return { name, in: "query", required: false, schema: jsonSchema(schema, "input"), ...described };
}

export function openApiDocument(origin: string) {
  const schemas: Record<string, unknown> = { Problem: jsonSchema(problemShape) };
  const paths: Record<string, unknown> = {};
  for (const r of Object.values(RESOURCES)) {
    schemas[r.schemaName] = jsonSchema(r.item);
    schemas[`${r.schemaName}Page`] = {
      type: "object",
      properties: {
        data: { type: "array", items: ref(r.schemaName) },
        next: { type: ["string", "null"], description: "pass as `cursor` for the next page" },
      },
      required: ["data", "next"],
      additionalProperties: false,
    };
    const filters = Object.entries(r.filters.shape as Record<string, z.ZodType>).map(([name, s]) => parameter(name, s));
    paths[`/api/v1/${r.name}`] = {
      get: {
        operationId: `list-${r.name}`,
        summary: `Every ${r.noun}, filtered, a page at a time (in id order)`,
        parameters: [...filters, parameter("limit", query.limit), parameter("cursor", query.cursor)],
        responses: {
          "200": {
            description: "One page",
            headers: { ...cached, Link: { schema: { type: "string" }, description: 'the next page, rel="next"' } },
            content: { "application/json": { schema: ref(`${r.schemaName}Page`) } },
          },
          "304": { description: "Unchanged since the ETag sent as If-None-Match" },
          "400": problemResponse(
            "A parameter this list does not take, or a value that is not valid (`errors` says which)",
          ),
          ...PROBLEMS,
        },
      },
    };
    paths[`/api/v1/${r.name}/{id}`] = {
      get: {
        operationId: `get-${r.name}`,
        summary: `One ${r.noun}`,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        responses: {
          "200": {
            description: "The record",
            headers: cached,
            content: { "application/json": { schema: ref(r.schemaName) } },
          },
          "304": { description: "Unchanged since the ETag sent as If-None-Match" },
          "404": problemResponse("No such record"),
          ...PROBLEMS,
        },
      },
    };
  }
  schemas.SearchResults = jsonSchema(searchResults);
  paths["/api/v1/search"] = {
    get: {
      operationId: "search",
      summary: "Full-text search across the records, as the search page does: the best hits of each kind (ten at most)",
      parameters: Object.entries(searchFilters.shape as Record<string, z.ZodType>).map(([name, s]) => ({
        ...parameter(name, s),
        required: name === "q",
      })),
      responses: {
        "200": {
          description: "The hits, by kind",
          headers: cached,
          content: { "application/json": { schema: ref("SearchResults") } },
        },
        "304": { description: "Unchanged since the ETag sent as If-None-Match" },
        "400": problemResponse("No query, or a parameter that is not valid (`errors` says which)"),
        ...PROBLEMS,
      },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Parley read API",
      version: "1.0.0",
      description:
        "Read-only JSON for Parley's records. Authenticate with a personal API token made on your account page " +
        "(Authorization: Bearer <token>). Dates that are known only to the month or year are a date and a precision. " +
        "Errors are RFC 9457 problem details.",
    },
    servers: [{ url: origin }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "a personal API token" } },
      schemas,
    },
    paths,
  };
}
