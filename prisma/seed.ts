// Demo data: every country, the first admin, and the founding example. Safe to run again: what is
// already there is left as it is. With --reference-only: just the countries.
import { db, closeDb } from "../lib/db";
import { env } from "../lib/env";
import { generatePassword } from "../lib/auth/password";
import { createUser } from "../lib/users/mutations";
import { seedFoundingExample } from "./seed/founding-example";
import { seedCountries } from "./seed/countries";

const DEFAULT_ADMIN_EMAIL = "admin@parley.local";
const referenceOnly = process.argv.includes("--reference-only");

async function main() {
  const countries = await seedCountries(db);
  if (referenceOnly) {
    console.log(`Seeded: ${countries} countries added (reference data only)`);
    return;
  }
  const loaded = await db.$transaction((tx) => seedFoundingExample(tx), { timeout: 60_000 });

  const { PARLEY_ADMIN_EMAIL, PARLEY_ADMIN_PASSWORD } = env();
  const email = (PARLEY_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
  let adminNote = `admin ${email} already exists (password unchanged)`;
  if (!(await db.user.findUnique({ where: { email } }))) {
    const { password } = await createUser(
      { email, name: "Administrator", role: "ADMIN" },
      null,
      PARLEY_ADMIN_PASSWORD ?? generatePassword(),
    );
    adminNote = PARLEY_ADMIN_PASSWORD
      ? `admin ${email} created with the password from PARLEY_ADMIN_PASSWORD`
      : `admin ${email} created with the generated password: ${password}\n  (shown only this once; change it under "My account")`;
  }
  console.log(
    `Seeded: ${countries} countries added; founding example ${loaded ? "loaded" : "already present"}; ${adminNote}`,
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(closeDb);
