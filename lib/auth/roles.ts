import type { Role } from "@/lib/domain";

// viewer < analyst < admin: each role may do everything the roles below it may.
const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, ADMIN: 2 };

export const ROLES: readonly Role[] = ["VIEWER", "ANALYST", "ADMIN"];

export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

export const roleLabel: Record<Role, string> = { VIEWER: "Viewer", ANALYST: "Analyst", ADMIN: "Admin" };
