// Demo data: every country, the first admin, and the founding example. Safe to run again: what is
// already there is left as it is.
import { createPrismaClient } from "../lib/prisma-client";
import { env } from "../lib/env";
import { generatePassword, hashPassword } from "../lib/auth/password";
import { seedFoundingExample } from "./seed/founding-example";
import { seedCountries } from "./seed/countries";

const DEFAULT_ADMIN_EMAIL = "admin@parley.local";

// --reference-only: just the reference data (countries), for an otherwise empty database.
const referenceOnly = process.argv.includes("--reference-only");

async function main() {
  const { client, close } = createPrismaClient();
  try {
    const countries = await seedCountries(client);
    if (referenceOnly) {
      console.log(`Seeded: ${countries} countries added (reference data only)`);
      return;
    }
    const loaded = await client.$transaction((tx) => seedFoundingExample(tx), { timeout: 60_000 });

    const { PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD } = env();
    const email = (PARLEY_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
    let adminNote = `admin ${email} already exists (password unchanged)`;
    if (!(await client.user.findUnique({ where: { email } }))) {
      const password = PARLEY_ADMIN_PASSWORD ?? generatePassword();
      await client.user.create({
        data: { email, name: "Administrator", role: "ADMIN", passwordHash: await hashPassword(password) },
      });
      adminNote = PARLEY_ADMIN_PASSWORD
        ? `admin ${email} created with the password from PARLEY_ADMIN_PASSWORD`
        : `admin ${email} created with the generated password: ${password}\n  (shown only this once; change it under "My account")`;
    }
    console.log(`Seeded: ${countries} countries added; founding example ${loaded ? "loaded" : "already present"}; ${adminNote}`);
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
