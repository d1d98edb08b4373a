import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));

const { defineAction } = await import("./action");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe("defineAction", () => {
  beforeEach(() => {
    session.user = { id: 1, email: "a@parley.test", name: "A", role: "ADMIN" };
  });

  it("refuses a NUL in any field with a message on that field, before the handler runs", async () => {
    const handler = vi.fn();
    const action = defineAction("createTopicAction", z.object({ name: z.string() }), handler);
    const result = await action({ status: "idle" }, form({ name: "Cyber\u0000security" }));
    expect(result).toMatchObject({ status: "error", fieldErrors: { name: [expect.stringMatching(/NUL/)] } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("turns a unique-key race (P2002) into a message that keeps the values, not a generic error", async () => {
    const action = defineAction("createTopicAction", z.object({ name: z.string() }), async () => {
      throw Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
    });
    const result = await action({ status: "idle" }, form({ name: "Cyber" }));
    expect(result.message).toMatch(/same moment/);
    expect(result.values).toEqual({ name: "Cyber" });
  });

  it("reads hostile field names without throwing", async () => {
    const action = defineAction("createTopicAction", z.object({ name: z.string() }), async () => ({
      status: "success" as const,
    }));
    const result = await action(
      { status: "idle" },
      form({ "__proto__[]": "x", "constructor[]": "y", "toString[]": "z", name: "ok" }),
    );
    expect(result.status).toBe("success");
  });

  it("takes the form data from the first argument when Next passes only that (a no-JavaScript $ACTION_ID_ post)", async () => {
    const action = defineAction("createTopicAction", z.object({ name: z.string() }), async (input) => ({
      status: "success" as const,
      message: input.name,
    }));
    expect(await action(form({ name: "From a bare post" }) as never, undefined as never)).toMatchObject({
      status: "success",
      message: "From a bare post",
    });
  });

  it("answers a call without form data (a forged request) with the schema's errors", async () => {
    const action = defineAction(
      "createTopicAction",
      z.object({ name: z.string({ error: "Name is required" }) }),
      async () => undefined,
    );
    expect(await action({ status: "idle" }, "not form data" as never)).toMatchObject({
      status: "error",
      fieldErrors: { name: ["Name is required"] },
    });
  });
});
