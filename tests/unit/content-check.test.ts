/**
 * The content check over real files: the bundled and fixture corpora are valid, and every
 * broken document in tests/fixtures/content-broken/ (one mistake each, listed in its
 * expected.json) is reported with the file, the line and the field named.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROCESS_TEST_TIMEOUT } from "../timeouts";
import { checkDocuments } from "@/lib/content/check";
import { formatGithubAnnotation, formatIssue, type ContentIssue } from "@/lib/content/issues";
import { checkMedia } from "@/lib/content/media-rules";
import { readContent } from "@/lib/content/source";
import { BROKEN_MEDIA } from "../../scripts/synthetic-media";

const validDir = path.resolve("tests/fixtures/content-valid");
const brokenDir = path.resolve("tests/fixtures/content-broken");
const tmpRoots: string[] = [];
afterAll(() => tmpRoots.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

type Expected = {
  name: string;
  file: string;
  field: string | null;
  line: number | null;
  message: string;
};
const expected: Expected[] = JSON.parse(
  fs.readFileSync(path.join(brokenDir, "expected.json"), "utf8"),
);

async function check(root: string): Promise<ContentIssue[]> {
  const { documents, issues, media } = readContent(root, root);
  return [
    ...issues,
    ...checkDocuments(documents),
    ...(await checkMedia(documents, root, media, ".")).issues.map((issue) => ({
      ...issue,
      file: issue.file.replace(/^\.\//, ""),
    })),
  ];
}

/** The broken fixtures' pictures and documents, made once (with sharp) and kept for every test. */
const mediaMade = new Map<string, Promise<Buffer> | Buffer>();
const media = (name: string) => {
  if (!mediaMade.has(name)) mediaMade.set(name, BROKEN_MEDIA[name]!());
  return mediaMade.get(name)!;
};

/**
 * A copy of the valid fixture corpus with the given files added, and beside each the media files
 * it names (./name.jpg) that the broken fixtures' media are made for.
 */
async function corpusWith(files: Record<string, string>): Promise<string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "content-"));
  tmpRoots.push(root);
  fs.cpSync(validDir, root, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
    for (const [, name] of text.matchAll(/\.\/([\w.-]+\.\w+)/g)) {
      if (BROKEN_MEDIA[name!]) {
        fs.writeFileSync(path.join(root, path.dirname(file), name!), await media(name!));
      }
    }
  }
  return root;
}

const brokenText = (file: string) => fs.readFileSync(path.join(brokenDir, file), "utf8");

describe("content check", () => {
  it("passes the bundled content", async () => {
    const root = path.resolve("content");
    const { documents, issues, media: files } = readContent(root);
    expect(issues).toEqual([]);
    expect(checkDocuments(documents)).toEqual([]);
    expect((await checkMedia(documents, root, files)).issues).toEqual([]);
    expect(documents.length).toBeGreaterThanOrEqual(34);
  });

  it("passes the valid fixture corpus", async () => {
    expect(await check(validDir)).toEqual([]);
  });

  it("has an expectation for every broken fixture", () => {
    const files = ["news", "initiatives", "signatories"].flatMap((folder) =>
      fs.readdirSync(path.join(brokenDir, folder)).map((name) => `${folder}/${name}`),
    );
    expect(files.sort()).toEqual(expected.map((entry) => entry.file).sort());
  });

  it.each(expected)(
    "reports $name ($file)",
    { timeout: PROCESS_TEST_TIMEOUT },
    async ({ file, field, line, message }) => {
      const issues = await check(await corpusWith({ [file]: brokenText(file) }));
      const pattern = new RegExp(message);
      const issue = issues.find((candidate) => pattern.test(candidate.message));
      expect(
        issue,
        `no message matching ${message} in ${JSON.stringify(issues, null, 1)}`,
      ).toBeDefined();
      expect(issue!.file).toBe(file);
      if (field) expect(issue!.field).toBe(field);
      if (line) expect(issue!.line).toBe(line);
      // One mistake each: no other file is blamed.
      expect(issues.every((other) => other.file === file)).toBe(true);
    },
  );

  it("reports a parent chain that loops", async () => {
    const issues = await check(
      await corpusWith({
        "initiatives/loop-a.md": "---\ntitle: A\nsummary: S.\nparent: loop-b\n---\n",
        "initiatives/loop-b.md": "---\ntitle: B\nsummary: S.\nparent: loop-a\n---\n",
      }),
    );
    expect(issues.map((issue) => [issue.file, issue.field])).toEqual([
      ["initiatives/loop-a.md", "parent"],
      ["initiatives/loop-b.md", "parent"],
    ]);
    expect(issues[0]!.message).toMatch(/must not loop/);
  });

  it("reports every mistake of a file in one run", async () => {
    const issues = await check(
      await corpusWith({
        "news/many.md": "---\ntitle: T\ndate: soon\nsummary: S\ncategory: blog\ncolour: red\n---\n",
      }),
    );
    expect(issues.map((issue) => issue.field).sort()).toEqual(["category", "colour", "date"]);
  });

  it("formats messages for editors and for GitHub annotations", () => {
    const issue = {
      file: "content/news/foo.md",
      line: 3,
      field: "date",
      message: 'is "x": bad\nnext',
    };
    expect(formatIssue(issue)).toBe('content/news/foo.md:3  date: is "x": bad\nnext');
    expect(formatGithubAnnotation(issue)).toBe(
      '::error file=content/news/foo.md,line=3::date: is "x": bad%0Anext',
    );
  });
});

describe("npm run content:check", () => {
  const runCheck = (contentDir: string, env: Record<string, string> = {}) =>
    spawnSync("npx", ["tsx", "scripts/content-check.ts"], {
      env: { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: "", ...env },
      encoding: "utf8",
    });

  it(
    "prints nothing but a summary line for valid content",
    { timeout: PROCESS_TEST_TIMEOUT },
    () => {
      const result = runCheck(validDir);
      expect(result.status).toBe(0);
      expect(result.stderr.replace(/^npm warn.*\n/gm, "")).toBe("");
      expect(result.stdout.trim()).toMatch(/^Content check passed: 4 documents in \d+\.\d\d s\.$/);
    },
  );

  it(
    "fails with every mistake of every file at once, and GitHub annotations on GitHub",
    { timeout: PROCESS_TEST_TIMEOUT },
    async () => {
      const files = Object.fromEntries(expected.map(({ file }) => [file, brokenText(file)]));
      const root = await corpusWith(files);
      const result = runCheck(root, { GITHUB_ACTIONS: "true" });
      expect(result.status).toBe(1);
      for (const { file } of expected) {
        expect(result.stderr).toContain(path.relative(process.cwd(), path.join(root, file)));
      }
      expect(result.stderr).toMatch(/Content check failed: \d+ problems in \d+ files/);
      expect(result.stdout).toMatch(
        /^::error file=.*news\/bad-date\.md,line=3::date: "21 June 2021"/m,
      );
    },
  );
});
