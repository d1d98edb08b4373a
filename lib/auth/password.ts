import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes): ~80 ms here.
const OPTIONS = {
  algorithm: 2 /* Argon2id; the const enum cannot be imported under isolatedModules */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export { MIN_PASSWORD_LENGTH } from "./password-policy";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed check, not a crash
  }
}

/** A random password for generated accounts: 20 characters from a URL-safe alphabet. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
