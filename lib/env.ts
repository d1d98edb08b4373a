import path from "node:path";
import { z } from "zod";

// The one place that reads process.env. Everything else asks for `env()` (validated once).
// No `server-only` here: the Prisma CLI config and the command-line scripts read it too.

const postgresUrl = z
  .string()
  .regex(
    /^postgres(ql)?:\/\//,
    "DATABASE_URL must be a postgresql:// URL (leave it unset for the embedded PGlite database)",
  );

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  PARLEY_DATA_DIR: z.string().min(1).default("data/pglite"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** the public URL of the app (next-auth builds its callback URLs from it; https means Secure cookies) */
  NEXTAUTH_URL: z.url().optional(),
  PARLEY_ADMIN_EMAIL: z.email().optional(),
  PARLEY_ADMIN_PASSWORD: z.string().min(12, "PARLEY_ADMIN_PASSWORD must be at least 12 characters").optional(),
  PARLEY_TEST_DATABASE_URL: postgresUrl.optional(),
  /** how many reverse proxies stand in front of Parley, each appending to X-Forwarded-For (0: none, trust no forwarding header) */
  PARLEY_TRUSTED_PROXIES: z.coerce
    .number()
    .int()
    .min(0)
    .max(10, "PARLEY_TRUSTED_PROXIES counts proxies: 0 to 10")
    .default(0),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    // Empty strings count as unset, as most shells and .env files mean them.
    const raw = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** Whether Parley is served over HTTPS (its public URL says so): Secure cookies, HSTS. */
export const servedOverHttps = (settings: Pick<Env, "NEXTAUTH_URL"> = env()) =>
  settings.NEXTAUTH_URL?.startsWith("https://") ?? false;

export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

/** Where the data lives: a PostgreSQL server when DATABASE_URL is set, else PGlite on disk. */
export function databaseTarget(settings: Pick<Env, "DATABASE_URL" | "PARLEY_DATA_DIR"> = env()): DatabaseTarget {
  if (settings.DATABASE_URL) return { kind: "postgres", url: settings.DATABASE_URL };
  return { kind: "pglite", dataDir: path.resolve(settings.PARLEY_DATA_DIR) };
}
