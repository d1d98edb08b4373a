import { db } from "@/lib/db";
import { seedCountries } from "@/prisma/seed/countries";
import { seedFoundingExample } from "@/prisma/seed/founding-example";

/** Countries and the founding example, as `npm run db:seed` loads them. */
export async function seedDemoData() {
  await seedCountries(db);
  return db.$transaction((tx) => seedFoundingExample(tx), { timeout: 60_000 });
}
