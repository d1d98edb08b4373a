// npm run db:generate-synthetic -- --agreements 100000 [--dialogues N] [--outcomes N] [--seed N]
// Adds synthetic records to the configured database (PGlite or DATABASE_URL) for benchmarks.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/prisma-client";
import { generateSynthetic } from "../lib/synthetic/generate";
import { seedCountries } from "../prisma/seed/countries";

const { values } = parseArgs({
  options: {
    agreements: { type: "string", default: "1000" },
    dialogues: { type: "string" },
    outcomes: { type: "string" },
    seed: { type: "string" },
  },
});
const number = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
    throw new Error(`--${name} must be a whole number from 1 to 1,000,000`);
  return n;
};

async function main() {
  const { client, close } = createPrismaClient();
  try {
    await seedCountries(client);
    const started = performance.now();
    const counts = await generateSynthetic(client, {
      agreements: number("agreements", values.agreements)!,
      dialogues: number("dialogues", values.dialogues),
      outcomes: number("outcomes", values.outcomes),
      seed: number("seed", values.seed),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Inserted in ${seconds} s:\n${Object.entries(counts)
        .map(([table, n]) => `  ${table}: ${n}`)
        .join("\n")}`,
    );
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
