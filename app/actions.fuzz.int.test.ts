// Every server action (found as the role matrix finds them) driven with generated hostile form
// data, as an admin, on a seeded database: no call may throw, log an error or answer with the
// generic failure, and a refused call writes nothing. Fixed seed and bounded runs, so CI is stable.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { dataTables, quoteIdent } from "@/lib/backup/catalog";
import { seedDemoData } from "@/test/seed";
import { makeUser } from "@/test/users";
import { findActions, type FoundAction } from "@/test/actions";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// An action may read the request's headers (the feed address names the host it was asked on).
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "parley.test" }) }));

const RUNS_PER_ACTION = 25;
const GENERIC = /Something went wrong/;

type ZodDef = {
  type?: string;
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
};
type ZodNode = { shape?: Record<string, z.ZodType>; _zod?: { def?: ZodDef } };
const defOf = (schema: z.ZodType | undefined) => (schema as unknown as ZodNode | undefined)?._zod?.def;

/** The fields a schema reads (name -> its schema), through pipes and intersections. */
function fieldsOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  const node = schema as unknown as ZodNode | undefined;
  if (!node) return {};
  if (node.shape) return node.shape;
  const def = defOf(schema);
  const parts = def?.type === "pipe" ? [def.in, def.out] : def?.type === "intersection" ? [def.left, def.right] : [];
  return Object.assign({}, ...parts.map(fieldsOf));
}
const fieldNames = (schema: z.ZodType | undefined) => Object.keys(fieldsOf(schema));

const words = fc.constantFrom(
  "Counterterrorism",
  "Fentanyl",
  "India, US",
  "Rahul Mehta",
  "Ministry of Home Affairs",
  "2024-02-28",
  "2024",
  "New Delhi",
);

/** A value the field would accept (often), so that generated forms get past validation to the writes. */
function plausible(schema: z.ZodType | undefined, depth = 0): fc.Arbitrary<string | string[]> {
  const def = defOf(schema);
  if (!def || depth > 8) return hostileText;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
      return plausible(def.innerType, depth + 1);
    case "pipe":
      return defOf(def.in)?.type === "transform" ? plausible(def.out, depth + 1) : plausible(def.in, depth + 1);
    case "enum":
      return fc.constantFrom(...Object.values(def.entries ?? { x: "x" }));
    case "number":
      return fc.constantFrom("1", "2", "3");
    case "boolean":
      return fc.constant("on");
    case "array":
      return fc.array(plausible(def.element, depth + 1).map(String), { minLength: 1, maxLength: 3 });
    case "string":
      return words;
    default:
      return words;
  }
}

const hostileText = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}\u0000${b}`),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\u0000",
      "a\u0000b",
      "%",
      "_",
      "\\",
      "%\\",
      '\'; DROP TABLE "Dialogue"; --',
      "<script>alert(1)</script>",
      "__proto__",
      "constructor",
      "NaN",
      "Infinity",
      "-1",
      "0",
      "1",
      "2",
      "1.5",
      "1e309",
      "2147483647",
      "2147483648",
      "99999999999999999999",
      "2024",
      "2024-02",
      "2024-02-30",
      "2023-02-29",
      "2024-13-01",
      "0000-00-00",
      "28 February 2024",
      "on",
      "true",
      "IN",
      "India, US",
      "HELD",
      "PLANNED",
      "ANALYST",
      "ADMIN",
      "MOU",
      "SIGNED",
      "COMMITMENT",
      "OPEN",
      "DIALOGUE:1",
      "AGREEMENT:999999",
      "USER:1",
      "/dialogues",
      "//evil.example",
      "/\\evil.example",
      "\u202eevil",
      "🤝",
      "x".repeat(10_001),
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

const extraNames = fc.constantFrom(
  "__proto__[]",
  "constructor[]",
  "toString[]",
  "valueOf",
  "$ACTION_ID_0123",
  "$ACTION_REF_1",
  "id[]",
  "hasOwnProperty",
);

/**
 * A FormData of the action's own fields: mostly values it would accept, some hostile, some
 * missing, lists and scalars swapped now and then; plus hostile extra fields and a file.
 */
const formFor = (schema: z.ZodType | undefined) => {
  const fields = Object.entries(fieldsOf(schema)).map(([name, field]) =>
    fc.tuple(
      fc.constant(name),
      fc.oneof(
        { weight: 6, arbitrary: plausible(field) },
        { weight: 3, arbitrary: hostileText },
        { weight: 1, arbitrary: fc.constant(undefined) },
      ),
      fc.boolean(),
    ),
  );
  return fc
    .record({
      fields: fc.tuple(...fields),
      extras: fc.array(fc.tuple(extraNames, hostileText), { maxLength: 3 }),
      file: fc.option(fc.tuple(hostileText, fc.constantFrom("rows.csv", "rows.json")), { nil: undefined }),
    })
    .map(({ fields, extras, file }) => {
      const data = new FormData();
      for (const [name, value, swap] of fields) {
        const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
        const asList = Array.isArray(value) !== swap;
        for (const v of values) data.append(asList ? `${name}[]` : name, v);
      }
      for (const [name, value] of extras) data.append(name, value);
      if (file) data.append("file", new File([file[0]], file[1]));
      return data;
    });
};

/** Row counts of every data table and the newest audit event: any write changes one of them. */
async function fingerprint(): Promise<string> {
  const tables = await dataTables(db);
  const counts = await db.$queryRawUnsafe<{ n: string }[]>(
    tables.map((t) => `SELECT count(*)::text AS n FROM ${quoteIdent(t.name)}`).join(" UNION ALL "),
  );
  const [audit] = await db.$queryRaw<[{ max: number | null }]>`SELECT max(id) AS max FROM "AuditEvent"`;
  return `${counts.map((c) => c.n).join(",")}|${audit.max}`;
}

const isRedirect = (error: unknown) =>
  typeof (error as { digest?: unknown })?.digest === "string" &&
  (error as { digest: string }).digest.startsWith("NEXT_REDIRECT");

let actions: FoundAction[] = [];
const errors = vi.spyOn(console, "error");

beforeAll(async () => {
  await seedDemoData();
  session.user = await makeUser("ADMIN");
  actions = await findActions();
});

afterEach(() => errors.mockClear());

describe("every server action under generated hostile input", () => {
  it("finds every action, each with the schema it validates with", () => {
    expect(actions.length).toBeGreaterThan(30);
    expect(actions.filter((a) => fieldNames(a.schema).length === 0).map((a) => a.name)).toEqual([]);
  });

  it("never throws, logs an error or gives the generic failure, and a refusal writes nothing", async () => {
    for (const action of actions) {
      await fc.assert(
        fc.asyncProperty(formFor(action.schema), async (data) => {
          const before = await fingerprint();
          let result;
          try {
            result = await action.run({ status: "idle" }, data);
          } catch (error) {
            if (isRedirect(error)) return; // a successful save that moves on to the record
            throw error;
          }
          expect(result.message ?? "", action.name).not.toMatch(GENERIC);
          expect(errors, `${action.name} logged an error`).not.toHaveBeenCalled();
          if (result.status !== "success") expect(await fingerprint(), `${action.name} refused but wrote`).toBe(before);
        }),
        { seed: 20261201, numRuns: RUNS_PER_ACTION, endOnFailure: true },
      );
    }
  }, 600_000);
});
