// The layering the README promises, checked through the project's own ESLint config: outside lib/
// nothing imports the database client, and only server actions import mutations.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();
const restricted = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => m.message.split(" import")[0]);

describe("import boundaries", () => {
  it("refuse the database client and mutations in pages, route handlers and components", async () => {
    const code = `import { db } from "@/lib/db";\nimport { createTopic } from "@/lib/topics/mutations";\nexport const x = [db, createTopic];\n`;
    for (const file of ["app/(app)/probe/page.tsx", "app/(app)/probe/route.ts", "components/probe.tsx"]) {
      expect(await restricted(file, code), file).toEqual(["'@/lib/db'", "'@/lib/topics/mutations'"]);
    }
  });

  it("let server actions call mutations, but not the database", async () => {
    const code = `import { db } from "@/lib/db";\nimport { createTopic } from "@/lib/topics/mutations";\nexport const x = [db, createTopic];\n`;
    expect(await restricted("app/(app)/probe/actions.ts", code)).toEqual(["'@/lib/db'"]);
  });

  it("leave lib/ free to use both", async () => {
    expect(await restricted("lib/probe/queries.ts", `import { db } from "@/lib/db";\nexport const x = db;\n`)).toEqual(
      [],
    );
  });
});
