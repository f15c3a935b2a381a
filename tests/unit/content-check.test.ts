/**
 * The content check over real files: the bundled corpus is valid, and each kind of
 * mistake is reported with the file, the line and the field named.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDocuments } from "@/lib/content/check";
import { formatGithubAnnotation, formatIssue, type ContentIssue } from "@/lib/content/issues";
import { readContent } from "@/lib/content/source";

const validDir = path.resolve("tests/fixtures/content-valid");
const tmpRoots: string[] = [];
afterAll(() => tmpRoots.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function check(root: string): ContentIssue[] {
  const { documents, issues } = readContent(root, root);
  return [
    ...issues,
    ...checkDocuments(documents, {
      publicFileExists: (url) => fs.existsSync(path.join(root, "..", "public", url)),
    }),
  ];
}

/** A copy of the valid fixture corpus with one file added or replaced. */
function corpusWith(file: string, text: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "content-"));
  tmpRoots.push(root);
  fs.cpSync(validDir, root, { recursive: true });
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
  return root;
}

const newsFile = (front: string, body = "Some text.") => `---\n${front.trim()}\n---\n\n${body}\n`;
const validNews = `title: A title
date: 2021-06-21
summary: A short summary.
category: news`;

describe("content check", () => {
  it("passes the bundled content", () => {
    const { documents, issues } = readContent(path.resolve("content"));
    expect(issues).toEqual([]);
    expect(checkDocuments(documents)).toEqual([]);
    expect(documents.length).toBeGreaterThanOrEqual(34);
  });

  it("passes the valid fixture corpus", () => {
    expect(check(validDir)).toEqual([]);
  });

  const cases: Array<{
    name: string;
    file: string;
    text: string;
    field?: string;
    line?: number;
    message: RegExp;
  }> = [
    {
      name: "bad date",
      file: "news/bad-date.md",
      text: newsFile(validNews.replace("2021-06-21", "21 June 2021")),
      field: "date",
      line: 3,
      message: /"21 June 2021" is not a date — write it as YYYY-MM-DD/,
    },
    {
      name: "impossible date",
      file: "news/bad-day.md",
      text: newsFile(validNews.replace("2021-06-21", "2021-02-30")),
      field: "date",
      line: 3,
      message: /not a date/,
    },
    {
      name: "missing title",
      file: "news/no-title.md",
      text: newsFile(validNews.replace("title: A title\n", "")),
      field: "title",
      message: /required but missing/,
    },
    {
      name: "empty summary",
      file: "news/empty-summary.md",
      text: newsFile(validNews.replace("A short summary.", '""')),
      field: "summary",
      line: 4,
      message: /is empty/,
    },
    {
      name: "unknown key with suggestion",
      file: "news/typo.md",
      text: newsFile(`${validNews}\nsummmary: x`),
      field: "summmary",
      line: 6,
      message: /did you mean "summary"/,
    },
    {
      name: "category outside the enum",
      file: "news/bad-category.md",
      text: newsFile(validNews.replace("category: news", "category: statment")),
      field: "category",
      line: 5,
      message: /did you mean "statement"/,
    },
    {
      name: "over-long title",
      file: "news/long-title.md",
      text: newsFile(validNews.replace("A title", "x".repeat(210))),
      field: "title",
      line: 2,
      message: /10 characters too long/,
    },
    {
      name: "wrong type",
      file: "news/wrong-type.md",
      text: newsFile(`${validNews}\ndraft: yes please`),
      field: "draft",
      message: /true or false/,
    },
    {
      name: "unknown initiative",
      file: "news/bad-ref.md",
      text: newsFile(`${validNews}\ninitiatives:\n  - spotlite`),
      field: "initiatives[0]",
      line: 7,
      message: /"spotlite" is not an initiative — did you mean "spotlight"\?/,
    },
    {
      name: "unknown signatory",
      file: "news/bad-signatory.md",
      text: newsFile(`${validNews}\nsignatories:\n  - un-wmen`),
      field: "signatories[0]",
      message: /did you mean "un-women"/,
    },
    {
      name: "statement without signatories",
      file: "news/unsigned.md",
      text: newsFile(validNews.replace("category: news", "category: statement")),
      field: "signatories",
      message: /a statement needs at least one signatory/,
    },
    {
      name: "updated before date",
      file: "news/updated.md",
      text: newsFile(`${validNews}\nupdated: 2021-01-01`),
      field: "updated",
      message: /before the date 2021-06-21/,
    },
    {
      name: "bad country code",
      file: "news/country.md",
      text: newsFile(`${validNews}\ncountries:\n  - XX`),
      field: "countries[0]",
      message: /not an ISO 3166-1 country code/,
    },
    {
      name: "image without alt",
      file: "news/image.md",
      text: newsFile(`${validNews}\nimage:\n  src: /images/x.jpg`),
      field: "image.alt",
      message: /required but missing/,
    },
    {
      name: "raw HTML in the body",
      file: "news/html.md",
      text: newsFile(validNews, "Hello <script>alert(1)</script>"),
      field: "body",
      line: 8,
      message: /raw HTML/,
    },
    {
      name: "javascript link",
      file: "news/js-link.md",
      text: newsFile(validNews, "[click](javascript:alert(1))"),
      field: "body",
      message: /"javascript:" link/,
    },
    {
      name: "internal link to no page",
      file: "news/dead-link.md",
      text: newsFile(validNews, "See [this](/signatories/un-wmen)."),
      field: "body",
      message: /not a page — did you mean \/signatories\/un-women\?/,
    },
    {
      name: "remote image",
      file: "news/remote.md",
      text: newsFile(validNews, "![A photo](https://example.org/a.jpg)"),
      field: "body",
      message: /image from another site/,
    },
    {
      name: "no front matter",
      file: "news/plain.md",
      text: "Just text\n",
      line: 1,
      message: /has no front matter/,
    },
    {
      name: "invalid YAML",
      file: "news/yaml.md",
      text: "---\ntitle: [unclosed\ndate: 2021-01-01\n---\n",
      message: /not valid YAML/,
    },
    {
      name: "bad file name",
      file: "news/Bad_Name.md",
      text: newsFile(validNews),
      message: /not a valid file name/,
    },
    {
      name: "unknown parent",
      file: "initiatives/child.md",
      text: "---\ntitle: Child\nsummary: S.\nparent: globl\n---\n",
      field: "parent",
      message: /did you mean "global"/,
    },
    {
      name: "unknown partner",
      file: "initiatives/partnered.md",
      text: "---\ntitle: P\nsummary: S.\npartners:\n  - nobody-here\n---\n",
      field: "partners[0]",
      message: /is not a signatory/,
    },
    {
      name: "bad signatory kind",
      file: "signatories/org.md",
      text: "---\nname: Org\nkind: ngo\n---\n",
      field: "kind",
      message: /is not a kind — use one of/,
    },
  ];

  it.each(cases)(
    "reports $name with the file and field",
    ({ file, text, field, line, message }) => {
      const issues = check(corpusWith(file, text));
      expect(issues.length, JSON.stringify(issues)).toBeGreaterThan(0);
      const issue = issues.find((candidate) => message.test(candidate.message));
      expect(
        issue,
        `no message matching ${message} in ${JSON.stringify(issues, null, 1)}`,
      ).toBeDefined();
      expect(issue!.file).toBe(file);
      if (field) expect(issue!.field).toBe(field);
      if (line) expect(issue!.line).toBe(line);
    },
  );

  it("reports every mistake of a file in one run", () => {
    const issues = check(
      corpusWith(
        "news/many.md",
        newsFile("title: T\ndate: soon\nsummary: S\ncategory: blog\ncolour: red"),
      ),
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
