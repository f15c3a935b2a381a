/**
 * Invalid content never reaches readers: `npm run build` stops at the content check, and
 * even a bare `next build` (after Contentlayer) refuses the corpus, with the same wording.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySite, type SiteCopy } from "../../scripts/site-copy";

let site: SiteCopy;

beforeAll(() => {
  site = copySite();
  fs.cpSync(path.resolve("tests/fixtures/content-valid"), site.contentDir, { recursive: true });
  fs.writeFileSync(
    path.join(site.contentDir, "news/bad-date.md"),
    "---\ntitle: A title\ndate: 21 June 2021\nsummary: A summary.\ncategory: news\n---\n\nText.\n",
  );
});

afterAll(() => site?.remove());

function attempt(command: string): { status: number; output: string } {
  try {
    const output = execFileSync("sh", ["-c", `${command} 2>&1`], {
      cwd: site.dir,
      env: { ...process.env, CONTENT_DIR: "test-content" },
      encoding: "utf8",
    });
    return { status: 0, output };
  } catch (error) {
    const failure = error as { status: number; stdout: string };
    return { status: failure.status, output: failure.stdout };
  }
}

const MESSAGE =
  'test-content/news/bad-date.md:3  date: "21 June 2021" is not a date — write it as YYYY-MM-DD, e.g. 2021-06-21';

describe("building invalid content", () => {
  it("npm run build fails at the content check, naming file, line and field", () => {
    const result = attempt("npm run --silent build");
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(MESSAGE);
    expect(fs.existsSync(path.join(site.dir, ".next"))).toBe(false);
  });

  it("a bare next build fails too, with the same message (without the line)", () => {
    const result = attempt("npx contentlayer2 build && npx next build");
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(MESSAGE.replace(":3  ", "  "));
  });
});
