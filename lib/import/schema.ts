import { z } from "zod";

/** Files larger than this are refused (split them: each file is one transaction). */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
export const TOO_LARGE_MESSAGE = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into smaller files (each is imported in one piece).`;

export const importSchema = z.object({
  mode: z.enum(["dry-run", "apply"], { error: "Choose whether to check the file or import it" }),
});
