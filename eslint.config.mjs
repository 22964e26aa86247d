import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      // Only data functions touch Prisma (docs/architecture.md).
      "no-restricted-imports": ["error", { paths: [{ name: "@prisma/client", message: "Use lib/db/client." }] }],
    },
  },
]);
