// The role matrix: every server action under app/, called as anonymous, viewer, analyst and admin,
// is allowed or refused exactly as ACTION_POLICY says. Actions are found by reading every
// actions.ts, so a new action without a rule fails here.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ACTION_POLICY } from "@/lib/auth/action-policy";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/domain";
import { findActions, type FoundAction } from "@/test/actions";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// An action may read the request's headers (the feed address names the host it was asked on).
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "parley.test" }) }));

let actions: FoundAction[] = [];

beforeAll(async () => {
  actions = await findActions();
});

const SESSION_ENDED = /session has ended/i;
const ROLE_REFUSED = /role does not allow/i;
const user = (role: Role): CurrentUser => ({ id: 999_999, email: `${role}@parley.test`, name: role, role });

describe("the role matrix", () => {
  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThanOrEqual(Object.keys(ACTION_POLICY).length);
  });

  it("has a rule for every action", () => {
    const missing = actions.filter((a) => !(a.name in ACTION_POLICY)).map((a) => `${a.file}: ${a.name}`);
    expect(missing, "actions without a rule in lib/auth/action-policy.ts").toEqual([]);
  });

  it("has no rule for an action that does not exist", () => {
    const names = new Set(actions.map((a) => a.name));
    expect(Object.keys(ACTION_POLICY).filter((name) => !names.has(name))).toEqual([]);
  });

  it("refuses every action to anonymous callers", async () => {
    session.user = null;
    for (const action of actions) {
      const result = await action.run({ status: "idle" }, new FormData());
      expect(result.message, action.name).toMatch(SESSION_ENDED);
    }
  });

  for (const role of ["VIEWER", "ANALYST", "ADMIN"] as const) {
    it(`allows ${role.toLowerCase()}s exactly the actions their role covers`, async () => {
      session.user = user(role);
      for (const action of actions) {
        const required = ACTION_POLICY[action.name as keyof typeof ACTION_POLICY];
        const result = await action.run({ status: "idle" }, new FormData());
        if (hasRole(role, required)) {
          // Past the role check, an empty form fails validation: proof the check let it through.
          expect(result.message ?? "", `${action.name} as ${role}`).not.toMatch(ROLE_REFUSED);
          expect(result.status, `${action.name} as ${role}`).toBe("error");
          expect(Object.keys(result.fieldErrors ?? {}).length, `${action.name} as ${role}`).toBeGreaterThan(0);
        } else {
          expect(result.message, `${action.name} as ${role}`).toMatch(ROLE_REFUSED);
        }
      }
    });
  }
});
