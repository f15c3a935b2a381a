/**
 * `npm test`: every check the project has, in order, then one closing line
 * `N passed, N failed` summing every runner (unit tests and end-to-end tests count each
 * test; the content check, typecheck, lint and build count as one check each).
 * A failing stage does not hide the others, except that end-to-end tests need a build.
 * Integration tests build and serve their own copies of the site.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

type Tally = { passed: number; failed: number; skipped: number };
const totals: Tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];

function run(command: string): boolean {
  console.log(`\n$ ${command}`);
  return spawnSync(command, { shell: true, stdio: "inherit", env: process.env }).status === 0;
}

function count(label: string, tally: Tally) {
  totals.passed += tally.passed;
  totals.failed += tally.failed;
  totals.skipped += tally.skipped;
  lines.push(
    `${label.padEnd(18)} ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`,
  );
}

function check(label: string, command: string): boolean {
  const ok = run(command);
  count(label, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

fs.rmSync("test-results", { recursive: true, force: true });

check("content check", "npm run --silent content:check");
const generated = check("contentlayer", "npm run --silent content:build");
if (generated) {
  check("typecheck", "npm run --silent typecheck");
} else {
  count("typecheck", { passed: 0, failed: 1, skipped: 0 });
}
check("lint", "npm run --silent lint");

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
};

/** Runs a vitest suite and counts its tests (a crash before any report counts as a failure). */
function vitest(label: string, args: string, report: string) {
  const ok = run(
    `npx vitest run ${args} --reporter=default --reporter=json --outputFile=${report}`,
  );
  const result = readJson<VitestReport>(report);
  const failed = result?.numFailedTests ?? 0;
  count(label, {
    passed: result?.numPassedTests ?? 0,
    failed: failed + (result ? 0 : 1) + (ok || failed > 0 ? 0 : 1),
    skipped: (result?.numPendingTests ?? 0) + (result?.numTodoTests ?? 0),
  });
}

vitest("unit (vitest)", "", "test-results/unit.json");

const built = check("build", "npx next build");
// A second copy of the site, built with a generated corpus, for the end-to-end tests of long
// lists, pagination and empty states (tests/e2e-generated/).
const builtGenerated = check("build (generated)", "npx tsx scripts/build-generated-site.ts");
if (built && builtGenerated) {
  const e2eOk = run("npx playwright test");
  const e2e = readJson<{
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  }>("test-results/e2e.json");
  count("e2e (playwright)", {
    passed: e2e?.stats.expected ?? 0,
    failed:
      (e2e?.stats.unexpected ?? 0) +
      (e2e?.stats.flaky ?? 0) +
      (e2e ? 0 : 1) +
      (e2eOk || (e2e?.stats.unexpected ?? 0) > 0 ? 0 : 1),
    skipped: e2e?.stats.skipped ?? 0,
  });
} else {
  count("e2e (playwright)", { passed: 0, failed: 1, skipped: 0 });
}

// Builds and serves copies of the site: scheduled publication, failing builds.
vitest("integration", "--config vitest.integration.config.ts", "test-results/integration.json");

console.log(`\n${lines.join("\n")}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
