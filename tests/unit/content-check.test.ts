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
import { checkFolder } from "@/lib/content/check-folder";
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

/** The check as `npm run content:check` runs it (check-folder.ts), files named from `root`. */
const check = async (root: string): Promise<ContentIssue[]> =>
  (await checkFolder(root, { cwd: root })).issues;

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

/**
 * The rows of CONTRIBUTING.md's "What the messages mean", as patterns: each `quoted` part of a
 * row's first column, where … stands for any words.
 */
function messageTable(guide: string): RegExp[] {
  const section = guide.split(/^## What the messages mean$/m)[1]?.split(/^## /m)[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...line.split("|")[1]!.matchAll(/`([^`]+)`/g)])
    .map(([, text]) => {
      const parts = text!.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      return new RegExp(parts.join(".*?"));
    });
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

  it("explains every message a broken fixture gets in CONTRIBUTING's table of messages", async () => {
    const table = messageTable(fs.readFileSync("CONTRIBUTING.md", "utf8"));
    expect(table.length).toBeGreaterThan(30);
    const files = Object.fromEntries(expected.map(({ file }) => [file, brokenText(file)]));
    const uncovered = (await check(await corpusWith(files)))
      .map((issue) => issue.message)
      .filter((message) => !table.some((row) => row.test(message)));
    expect(uncovered, "add a row for each to CONTRIBUTING.md").toEqual([]);
  });

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

  it("reads a file saved with a byte-order mark as the build does: it passes", async () => {
    const file = "news/saved-with-bom.md";
    const text = fs.readFileSync(path.resolve("tests/fixtures/content-encoding", file), "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(await check(await corpusWith({ [file]: text }))).toEqual([]);
  });

  it("reports a file it cannot read once, and references to it as unreadable, not missing", async () => {
    const unreadable = "---\nname: UN Women\nkind: [un-agency\n---\n";
    const issues = await check(
      await corpusWith({
        "signatories/un-women.md": unreadable,
        "signatories/un-women.ru.md": "---\nname: ООН-женщины\n---\n",
        "news/links.md":
          "---\ntitle: T\ndate: 2021-06-21\nsummary: S.\ncategory: news\n---\n\nSee [UN Women](/signatories/un-women).\n",
      }),
    );
    const own = issues.filter((issue) => issue.file === "signatories/un-women.md");
    expect(own).toHaveLength(1);
    expect(own[0]!.message).toMatch(/^the front matter cannot be read: /);
    const others = issues.filter((issue) => issue.file !== "signatories/un-women.md");
    expect(others.map((issue) => [issue.file, issue.field ?? null])).toEqual([
      ["initiatives/spotlight.md", "partners[0]"],
      ["news/links.md", "body"],
      ["news/statement.md", "signatories[0]"],
      ["signatories/un-women.ru.md", null],
    ]);
    for (const issue of others) {
      expect(issue.message).toMatch(
        /signatories\/un-women\.md(, which)? cannot be read — fix that file first/,
      );
      expect(issue.message).not.toMatch(/does not exist|is not a/);
    }
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
      expect(result.stdout.trim()).toMatch(/^Content check passed: 5 documents in \d+\.\d\d s\.$/);
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
