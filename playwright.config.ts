import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./tests/e2e/chromium";
import { generatedSiteDir } from "./tests/e2e-generated/site";

const PORT = Number(process.env.E2E_PORT || 3100);
const GENERATED_PORT = Number(process.env.E2E_GENERATED_PORT || 3101);
/** The cluster (nginx on this port, instances, Redis: scripts/cluster/cluster.ts). */
const CLUSTER_PORT = Number(process.env.E2E_CLUSTER_PORT || 3200);
const server = (port: number) => `npx next start -H 127.0.0.1 -p ${port}`;
const browser = {
  browserName: "chromium" as const,
  launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
};

/**
 * End-to-end tests against production builds, served by `next start`, in the system's
 * Chromium: `tests/e2e/` against the bundled content (`npm run build` first), and
 * `tests/e2e-generated/` against a copy of the site built with a generated corpus
 * (`npm run build:e2e-generated` first) — long lists, pagination and empty states. The
 * hostile requests also run against the bundled content's build served by the cluster,
 * nginx in front of two instances and Redis (`npm run serve:cluster -- --no-build`).
 */
export default defineConfig({
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Budgets for a busy 2-core CI machine (the build's workers and the server share it);
  // a passing test takes its real time, well under these.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  outputDir: "test-results/e2e-artifacts",
  projects: [
    {
      name: "chromium",
      testDir: "tests/e2e",
      use: { ...browser, baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      name: "generated-corpus",
      testDir: "tests/e2e-generated",
      use: { ...browser, baseURL: `http://127.0.0.1:${GENERATED_PORT}` },
    },
    {
      name: "cluster",
      testDir: "tests/e2e",
      testMatch: /hostile-urls\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${CLUSTER_PORT}` },
    },
  ],
  webServer: [
    {
      command: server(PORT),
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: server(GENERATED_PORT),
      cwd: generatedSiteDir(),
      url: `http://127.0.0.1:${GENERATED_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: "npx tsx scripts/serve-cluster.ts --no-build",
      env: { PORT: String(CLUSTER_PORT) },
      url: `http://127.0.0.1:${CLUSTER_PORT}/healthz`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    },
  ],
});
