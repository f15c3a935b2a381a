/**
 * Addresses people already use keep working: `npm run content:check` compares the content with
 * the base branch (git) and reports a published item deleted or renamed without an alias, with
 * the file, the line and the address that would break. Run in a repository a test makes for
 * itself, holding a copy of the valid fixture corpus as its content/ folder.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitRepository } from "../git-repository";
import { PROCESS_TEST_TIMEOUT } from "../timeouts";

const validDir = path.resolve("tests/fixtures/content-valid");
let root: string;
let repo: ReturnType<typeof gitRepository>;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "published-"));
  repo = gitRepository(root);
  repo.git("init", "-q", "-b", "main");
  fs.cpSync(validDir, path.join(root, "content"), { recursive: true });
  repo.git("add", ".");
  repo.git("commit", "-qm", "published content");
  repo.git("checkout", "-qb", "edit");
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The branch as the base left it: each test makes its own change. */
function startFromBase() {
  repo.git("reset", "-q", "--hard", "main");
  repo.git("clean", "-qfd");
}

const runCheck = (...args: string[]) =>
  spawnSync("npx", ["tsx", "scripts/content-check.ts", ...args], {
    env: { ...process.env, CONTENT_DIR: path.join(root, "content"), GITHUB_ACTIONS: "" },
    encoding: "utf8",
  });

/**
 * The check's messages with the temporary folder left out of file names. The check names files
 * relative to where it runs (../../tmp/published-…/content/… from a clone in /work, but
 * ../published-…/content/… from one in /tmp), so the folder's own name is what marks them.
 */
const messages = (output: string) => {
  const folder = `${path.basename(root)}/`;
  return output
    .split("\n")
    .filter((line) => line.includes(folder))
    .map((line) => line.slice(line.indexOf(folder) + folder.length));
};

describe("npm run content:check against the base branch", () => {
  it(
    "reports a published organisation renamed without an alias, and passes once it has one",
    { timeout: PROCESS_TEST_TIMEOUT * 2 },
    () => {
      startFromBase();
      repo.git("mv", "content/signatories/un-women.md", "content/signatories/unwomen.md");
      for (const file of ["content/news/statement.md", "content/initiatives/spotlight.md"]) {
        const absolute = path.join(root, file);
        fs.writeFileSync(
          absolute,
          fs.readFileSync(absolute, "utf8").replace("  - un-women", "  - unwomen"),
        );
      }
      const renamed = runCheck("--base", "main");
      expect(renamed.status).toBe(1);
      expect(messages(renamed.stderr)).toEqual([
        "content/signatories/unwomen.md:1  aliases: this file was content/signatories/un-women.md (on main), and its published address /signatories/un-women (in every language) will answer “page not found” — add its old name to aliases: a line `aliases:` then `  - un-women`",
      ]);

      const file = path.join(root, "content/signatories/unwomen.md");
      fs.writeFileSync(
        file,
        fs.readFileSync(file, "utf8").replace(/^---\n/, "---\naliases:\n  - un-women\n"),
      );
      const aliased = runCheck("--base", "main");
      expect(aliased.stderr.replace(/^npm warn.*\n/gm, "")).toBe("");
      expect(aliased.status).toBe(0);
    },
  );

  it(
    "reports a published item deleted, naming the address that breaks",
    { timeout: PROCESS_TEST_TIMEOUT },
    () => {
      startFromBase();
      repo.git("rm", "-q", "content/initiatives/global.md");
      const spotlight = path.join(root, "content/initiatives/spotlight.md");
      fs.writeFileSync(
        spotlight,
        fs.readFileSync(spotlight, "utf8").replace(/^parent: global\n/m, ""),
      );
      const result = runCheck("--base", "main");
      expect(result.status).toBe(1);
      expect(messages(result.stderr)).toEqual([
        expect.stringMatching(
          /^content\/initiatives\/global\.md {2}is deleted, and its published address \/initiatives\/global \(in every language\) will answer “page not found” — to hide an item write `draft: true` instead/,
        ),
      ]);
    },
  );

  it("refuses a base branch that does not exist", { timeout: PROCESS_TEST_TIMEOUT }, () => {
    const result = runCheck("--base", "no-such-branch");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Cannot compare with no-such-branch");
  });
});
