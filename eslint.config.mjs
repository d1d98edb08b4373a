import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "generated/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      // Only lib/ talks to Prisma: pages, components and actions go through the data-access layer.
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/generated/*", "**/generated/prisma/*"], message: "Use the data-access layer in lib/." }] }],
    },
  },
  { files: ["lib/**", "prisma/**", "scripts/**", "e2e/**"], rules: { "no-restricted-imports": "off" } },
];

export default config;
