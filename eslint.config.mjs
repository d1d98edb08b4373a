import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// Only lib/ talks to Prisma. Pages, route handlers and components go through the data-access
// layer's queries; only server actions (actions.ts) call its mutations.
const prisma = {
  group: ["@/lib/db", "@/lib/prisma-client", "@/generated/*", "**/generated/prisma/*"],
  message: "Only lib/ talks to the database: use a query or mutation in lib/.",
};
const mutations = {
  group: ["@/lib/*/mutations", "@/lib/**/mutations"],
  message: "Writes go through a server action (actions.ts), which calls the mutation.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  prettier, // layout is Prettier's (npm run format); ESLint checks the rest
  {
    ignores: [
      ".next/**",
      "generated/**",
      "node_modules/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  { rules: { "no-restricted-imports": ["error", { patterns: [prisma, mutations] }] } },
  { files: ["**/actions.ts"], rules: { "no-restricted-imports": ["error", { patterns: [prisma] }] } },
  {
    files: ["lib/**", "prisma/**", "scripts/**", "e2e/**", "test/**", "**/*.test.ts", "proxy.ts", "*.config.*"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
