// npm run capture:schema: writes public/schemas/parley-draft-v1.schema.json from lib/capture/draft.ts.
import fs from "node:fs";
import { draftJsonSchema } from "../lib/capture/draft-json-schema";

fs.writeFileSync("public/schemas/parley-draft-v1.schema.json", `${JSON.stringify(draftJsonSchema(), null, 2)}\n`);
console.log("Wrote public/schemas/parley-draft-v1.schema.json");
