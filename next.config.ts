import type { NextConfig } from "next";
import { BODY_LIMIT_BYTES } from "./lib/security/limits";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling it breaks that.
  // argon2 is a native addon; unpdf and mammoth (capture's PDF and Word readers) load their own workers and files.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "unpdf", "mammoth"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    authInterrupts: true, // forbidden() for pages a role may not see
    serverActions: { bodySizeLimit: BODY_LIMIT_BYTES }, // imports upload a file (the import refuses more than MAX_IMPORT_BYTES)
  },
};

export default nextConfig;
