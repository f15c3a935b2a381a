import path from "node:path";
import { defineConfig } from "vitest/config";

/** Slow tests that build and serve a copy of the site (`npm run test:integration`). */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
