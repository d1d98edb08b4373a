// npm run user:create -- --email ana@example.org --name "Ana Analyst" --role analyst [--password-env VAR]
// Creates an account headlessly. The password comes from the environment variable named by
// --password-env (so it never appears in shell history), or is generated and printed once.
import { parseArgs } from "node:util";
import { createUser } from "../lib/users/mutations";
import { createUserSchema } from "../lib/users/schema";
import { MIN_PASSWORD_LENGTH } from "../lib/auth/password-policy";
import { closeDb } from "../lib/db";
import { ActionError } from "../lib/errors";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "viewer" },
    "password-env": { type: "string" },
  },
});

async function main() {
  const parsed = createUserSchema.safeParse({
    email: values.email,
    name: values.name ?? values.email?.split("@")[0],
    role: values.role?.toUpperCase(),
  });
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("\n"));
    process.exitCode = 2;
    return;
  }
  const fromEnv = values["password-env"] ? process.env[values["password-env"]] : undefined;
  if (values["password-env"] && (!fromEnv || fromEnv.length < MIN_PASSWORD_LENGTH)) {
    console.error(`$${values["password-env"]} must hold a password of at least ${MIN_PASSWORD_LENGTH} characters`);
    process.exitCode = 2;
    return;
  }
  try {
    const created = await createUser(parsed.data, null, fromEnv);
    console.log(
      fromEnv
        ? `Created ${parsed.data.email} (${parsed.data.role.toLowerCase()}).`
        : `Created ${parsed.data.email} (${parsed.data.role.toLowerCase()}) with the password: ${created.password}`,
    );
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(closeDb);
