// Every server action under app/, found by reading every actions.ts: what the role matrix and the
// fuzz test call, so a new action is in both without anyone remembering to add it.
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";

export type FoundAction = {
  name: string;
  file: string;
  run: (state: FormState, data: FormData) => Promise<FormState>;
  /** the zod schema the action validates with (defineAction attaches it) */
  schema?: z.ZodType;
};

function actionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? actionFiles(full) : entry.name === "actions.ts" ? [full] : [];
  });
}

export async function findActions(appDir = path.join(process.cwd(), "app")): Promise<FoundAction[]> {
  const actions: FoundAction[] = [];
  for (const file of actionFiles(appDir)) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function") {
        actions.push({
          name,
          file: path.relative(appDir, file),
          run: value as FoundAction["run"],
          schema: (value as { schema?: z.ZodType }).schema,
        });
      }
    }
  }
  return actions;
}
