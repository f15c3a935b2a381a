import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // GitHub's workflow parser imports its schema as JSON without an import attribute, which
    // only a bundler accepts: let Vite bundle it (tests/unit/content-preview-workflow.test.ts).
    deps: { optimizer: { ssr: { enabled: true, include: ["@actions/workflow-parser"] } } },
  },
});
