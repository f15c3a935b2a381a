/** `npm run dev`: a file with a problem breaks only its own page, which lists the problem. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { folderVersion } from "@/lib/content/check-folder";
import { ContentError, buildCorpora, buildCorporaTolerantly } from "@/lib/content/corpus";
import { itemOfFile, problemsAt } from "@/lib/content/problems";
import { matchRoute } from "@/lib/routing";
import { news, record, translation } from "./fixtures";

const records = () => ({
  initiative: [
    record("initiative", "global", { title: "Global", summary: "Top level." }),
    record("initiative", "broken", { title: "Broken", summary: "Bad parent.", parent: "nowhere" }),
  ],
  signatory: [],
  news: [
    news("fine", { date: "2021-01-01", initiatives: ["global"] }),
    news("bad-date", { date: "2021-13-01" }),
    // Valid itself, but it names an initiative that is set aside.
    news("follows", { date: "2021-01-02", initiatives: ["broken"] }),
    translation("news", "bad-date", "ru", { title: "Плохая дата", summary: "Кратко." }),
    translation("news", "fine", "ru", { title: "Хорошая", summary: "Кратко." }),
  ],
});

describe("buildCorporaTolerantly", () => {
  it("sets aside each broken file and what fails because of it, and serves the rest", () => {
    expect(() => buildCorpora(records())).toThrow(ContentError);
    const { corpora, issues } = buildCorporaTolerantly(records());
    expect([...corpora.en.newsBySlug.keys()]).toEqual(["fine"]);
    expect([...corpora.en.initiativesBySlug.keys()]).toEqual(["global"]);
    expect(corpora.ru.newsBySlug.get("fine")?.title).toBe("Хорошая");
    const files = new Set(issues.map((issue) => issue.file));
    expect(files).toEqual(
      new Set([
        "content/news/bad-date.md",
        "content/news/bad-date.ru.md",
        "content/news/follows.md",
        "content/initiatives/broken.md",
      ]),
    );
  });

  it("shows the content check's own messages for the files it names", () => {
    const known = [{ file: "content/news/fine.md", line: 3, field: "title", message: "checked" }];
    const { corpora, issues } = buildCorporaTolerantly(records(), { known });
    expect(corpora.en.newsBySlug.has("fine")).toBe(false);
    expect(issues.filter((issue) => issue.file === "content/news/fine.md")).toEqual(known);
  });
});

describe("problemsAt", () => {
  const { issues } = buildCorporaTolerantly(records());

  it("lists a set-aside item's problems at its address, as the content check prints them", () => {
    const english = problemsAt(issues, matchRoute("/news/bad-date"));
    expect(english).toHaveLength(1);
    expect(english[0]).toMatch(/^content\/news\/bad-date\.md {2}date: /);
    // In Russian, the translation's problems too.
    const russian = problemsAt(issues, matchRoute("/ru/news/bad-date"));
    expect(russian).toHaveLength(2);
    expect(russian[1]).toMatch(/^content\/news\/bad-date\.ru\.md(:\d+)? {2}/);
    expect(problemsAt(issues, matchRoute("/initiatives/broken"))[0]).toContain("nowhere");
    expect(problemsAt(issues, matchRoute("/news/follows"))[0]).toContain("broken");
  });

  it("lists nothing for a valid item or a page that shows no item", () => {
    expect(problemsAt(issues, matchRoute("/news/fine"))).toEqual([]);
    expect(problemsAt(issues, matchRoute("/"))).toEqual([]);
    expect(problemsAt(issues, matchRoute("/news"))).toEqual([]);
  });

  it("knows the item a file makes", () => {
    expect(itemOfFile("content/news/a.ru.md")).toEqual({ type: "news", slug: "a", locale: "ru" });
    expect(itemOfFile("test-content/tags/b.md")).toEqual({ type: "tag", slug: "b" });
    expect(itemOfFile("content/other/c.md")).toBeUndefined();
    expect(itemOfFile("content/news/Bad Name.md")).toBeUndefined();
  });
});

describe("folderVersion", () => {
  it("stays while nothing changes, and changes when a file is edited, added or removed", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "folder-version-"));
    try {
      fs.mkdirSync(path.join(root, "news"));
      const file = path.join(root, "news/a.md");
      fs.writeFileSync(file, "one");
      const first = folderVersion(root);
      expect(folderVersion(root)).toBe(first);
      fs.utimesSync(file, new Date(), new Date(Date.now() + 5_000));
      const edited = folderVersion(root);
      expect(edited).not.toBe(first);
      fs.writeFileSync(path.join(root, "news/b.md"), "two");
      const added = folderVersion(root);
      expect(added).not.toBe(edited);
      fs.rmSync(path.join(root, "news/b.md"));
      const removed = folderVersion(root);
      expect(removed).not.toBe(added);
      expect(removed).not.toContain("b.md");
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
