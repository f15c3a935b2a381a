/** Aliases: the content rules (file, line, field, editor-friendly) and the redirects they make. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { currentSlugOf } from "@/lib/aliases";
import { aliasPath, redirectFor } from "@/lib/routing";
import { checkDocuments } from "@/lib/content/check";
import { ContentError, buildCorpus } from "@/lib/content/corpus";
import type { ContentIssue } from "@/lib/content/issues";
import { readContent } from "@/lib/content/source";
import { PUBLIC, news, record } from "./fixtures";

const validDir = path.resolve("tests/fixtures/content-valid");
const roots: string[] = [];
afterAll(() => roots.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** The valid fixture corpus with some files added, read and checked like `npm run content:check`. */
function check(files: Record<string, string>): ContentIssue[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "aliases-"));
  roots.push(root);
  fs.cpSync(validDir, root, { recursive: true });
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(root, file), text);
  const { documents, issues } = readContent(root, root);
  return [...issues, ...checkDocuments(documents)];
}

const article = (title: string, aliases: string[]) =>
  `---\ntitle: ${title}\ndate: 2021-06-21\nsummary: S.\ncategory: news\naliases:\n${aliases.map((alias) => `  - ${alias}`).join("\n")}\n---\n\nText.\n`;

describe("alias rules", () => {
  it("accepts former names", () => {
    expect(check({ "news/renamed.md": article("Renamed", ["old-name", "older-name"]) })).toEqual(
      [],
    );
  });

  it("refuses an alias that is an existing page of the same kind", () => {
    const issues = check({ "news/renamed.md": article("Renamed", ["statement"]) });
    expect(issues).toEqual([
      {
        file: "news/renamed.md",
        line: 7,
        field: "aliases[0]",
        message: expect.stringMatching(
          /^"statement" is the address of news\/statement\.md, which exists/,
        ),
      },
    ]);
  });

  it("allows an alias that is the slug of another kind of document (another address)", () => {
    expect(check({ "news/renamed.md": article("Renamed", ["un-women"]) })).toEqual([]);
  });

  it("refuses the file's own name", () => {
    const [issue] = check({ "news/renamed.md": article("Renamed", ["renamed"]) });
    expect(issue).toMatchObject({ field: "aliases[0]", line: 7 });
    expect(issue!.message).toMatch(/this file's own name/);
  });

  it("refuses an alias listed twice", () => {
    const issues = check({ "news/renamed.md": article("Renamed", ["old-name", "old-name"]) });
    expect(issues).toEqual([
      {
        file: "news/renamed.md",
        line: 8,
        field: "aliases[1]",
        message: '"old-name" is listed twice — remove the repeated line',
      },
    ]);
  });

  it("refuses an alias claimed by two documents, naming both files", () => {
    const issues = check({
      "news/first.md": article("First", ["old-name"]),
      "news/second.md": article("Second", ["other", "old-name"]),
    });
    expect(issues.map((issue) => [issue.file, issue.line, issue.field])).toEqual([
      ["news/first.md", 7, "aliases[0]"],
      ["news/second.md", 8, "aliases[1]"],
    ]);
    expect(issues[0]!.message).toMatch(
      /also an alias of news\/second\.md — an old address can lead to one page only/,
    );
    expect(issues[1]!.message).toMatch(/also an alias of news\/first\.md/);
  });

  it("refuses an alias that is not a valid slug", () => {
    const issues = check({ "news/renamed.md": article("Renamed", ["Old_Name.md"]) });
    expect(issues).toEqual([
      {
        file: "news/renamed.md",
        line: 7,
        field: "aliases[0]",
        message: expect.stringMatching(
          /^"Old_Name.md" is not a valid former address — write the old file name without .md/,
        ),
      },
    ]);
  });

  it("points a reference to a former name at the current one", () => {
    const issues = check({
      "initiatives/spotlight.md":
        "---\ntitle: Spotlight\nsummary: S.\naliases:\n  - spotlight-old\n---\n",
      "news/refers.md": `---\ntitle: T\ndate: 2021-06-21\nsummary: S.\ncategory: news\ninitiatives:\n  - spotlight-old\n---\n\nSee [the programme](/initiatives/spotlight-old).\n`,
    });
    expect(issues.map((issue) => [issue.file, issue.line, issue.field, issue.message])).toEqual([
      [
        "news/refers.md",
        7,
        "initiatives[0]",
        '"spotlight-old" is the former name of "spotlight" — write "spotlight"',
      ],
      [
        "news/refers.md",
        10,
        "body",
        "links to /initiatives/spotlight-old, the former address of /initiatives/spotlight — link to /initiatives/spotlight (the old address only redirects)",
      ],
    ]);
  });

  it("is enforced by the runtime corpus too", () => {
    expect(() =>
      buildCorpus({
        initiative: [],
        signatory: [],
        news: [
          news("a", { date: "2021-01-01", aliases: ["b"] }),
          news("b", { date: "2021-01-01" }),
        ],
      }),
    ).toThrow(ContentError);
  });
});

describe("former addresses (redirected by proxy.ts)", () => {
  const corpus = buildCorpus({
    news: [
      news("new-name", { date: "2021-01-01", aliases: ["old-name"] }),
      news("draft", { date: "2021-01-01", draft: true, aliases: ["draft-old"] }),
      news("later", { date: "2999-01-01", aliases: ["later-old"] }),
    ],
    initiative: [
      record("initiative", "spotlight-initiative", {
        title: "Spotlight",
        summary: "S.",
        aliases: ["spotlight"],
      }),
    ],
    signatory: [
      record("signatory", "un-women", {
        name: "UN Women",
        kind: "un-agency",
        aliases: ["unwomen"],
      }),
    ],
  });

  it.each([
    ["/news/old-name", "/news/new-name"],
    ["/initiatives/spotlight", "/initiatives/spotlight-initiative"],
    ["/signatories/unwomen", "/signatories/un-women"],
    // In one hop: the default language's prefix and a trailing slash go too.
    ["/en/news/old-name/", "/news/new-name"],
  ])("%s → %s", (from, to) => {
    expect(redirectFor(corpus, PUBLIC, from)).toBe(to);
  });

  it("treats an unknown first segment as no language", () => {
    expect(aliasPath(corpus, PUBLIC, "/xx/initiatives/spotlight")).toBeUndefined();
  });

  it("stays silent for drafts and scheduled news, so an old address reveals nothing early", () => {
    expect(currentSlugOf(corpus, PUBLIC, "news", "draft-old")).toBeUndefined();
    expect(currentSlugOf(corpus, PUBLIC, "news", "later-old")).toBeUndefined();
    // …and starts redirecting on the publication day, without a rebuild.
    expect(
      currentSlugOf(
        corpus,
        { today: "2999-01-01", includeDrafts: false, includeScheduled: false },
        "news",
        "later-old",
      ),
    ).toBe("later");
    expect(
      currentSlugOf(
        corpus,
        { today: "2021-01-01", includeDrafts: true, includeScheduled: false },
        "news",
        "draft-old",
      ),
    ).toBe("draft");
  });

  it("leaves current addresses, other kinds' addresses and other paths alone", () => {
    for (const path of [
      "/news/new-name",
      "/news/spotlight",
      "/initiatives/unwomen",
      "/news/old-name/extra",
      "/spotlight",
      "/initiatives",
    ]) {
      expect(redirectFor(corpus, PUBLIC, path)).toBeUndefined();
    }
  });
});
