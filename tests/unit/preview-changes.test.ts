/**
 * Which content files a change touches, and which items they make: git's name-status output
 * parsed, files grouped into items; and the git side on real repositories made for each
 * test in a temporary folder (commits on a branch, on the base after it, uncommitted edits,
 * untracked files and renames across them).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  contentFileOf,
  groupChanges,
  onlyPaths,
  parseNameStatus,
  type FileChange,
} from "@/lib/preview/changes";
import { changedContentFiles, defaultBase, fileAt } from "@/lib/git";
import { gitRepository } from "../git-repository";
import { PROCESS_TEST_TIMEOUT } from "../timeouts";

describe("git's name-status output", () => {
  it("reads every kind of change, renames with their old path first", () => {
    const output = [
      "A",
      "content/news/new.md",
      "M",
      "content/news/changed.ru.md",
      "D",
      "content/news/gone.md",
      "R087",
      "content/news/old-name.md",
      "content/news/new-name.md",
      "",
    ].join("\0");
    expect(parseNameStatus(output)).toEqual([
      { status: "added", path: "content/news/new.md" },
      { status: "modified", path: "content/news/changed.ru.md" },
      { status: "deleted", path: "content/news/gone.md" },
      { status: "renamed", path: "content/news/new-name.md", from: "content/news/old-name.md" },
    ]);
  });

  it("keeps file names with spaces and arrows whole", () => {
    expect(parseNameStatus("A\0content/news/a b -> c.md\0")).toEqual([
      { status: "added", path: "content/news/a b -> c.md" },
    ]);
  });

  it("refuses a status it does not know", () => {
    expect(() => parseNameStatus("X\0content/news/a.md\0")).toThrow(/unknown change "X"/);
  });
});

describe("content files and items", () => {
  it("names the document a path holds, and nothing for other files", () => {
    expect(contentFileOf("content/news/a.md")).toEqual({ type: "news", slug: "a" });
    expect(contentFileOf("content/initiatives/b.ru.md")).toEqual({
      type: "initiative",
      slug: "b",
      locale: "ru",
    });
    expect(contentFileOf("content/news/Bad_Name.md")).toBeUndefined();
    expect(contentFileOf("content/news/a.xx.md")).toBeUndefined();
    expect(contentFileOf("content/photos/a.md")).toBeUndefined();
    expect(contentFileOf("content/README.md")).toBeUndefined();
    expect(contentFileOf("public/images/a.md")).toBeUndefined();
  });

  it("groups an original and its translations into one item, decided by the original", () => {
    const changes: FileChange[] = [
      { status: "added", path: "content/news/new.ru.md" },
      { status: "added", path: "content/news/new.md" },
      { status: "modified", path: "content/tags/topic.ru.md" },
      { status: "renamed", path: "content/news/b.md", from: "content/news/a.md" },
      { status: "renamed", path: "content/news/b.ru.md", from: "content/news/a.ru.md" },
      { status: "deleted", path: "content/signatories/gone.md" },
      { status: "added", path: "content/news/Bad_Name.md" },
      { status: "added", path: "content/news/new/photo.jpg" },
      { status: "added", path: "content/news/statement.pdf" },
    ];
    const { items, otherFiles } = groupChanges(changes);
    expect(items.map(({ type, slug, status, from }) => ({ type, slug, status, from }))).toEqual([
      { type: "news", slug: "b", status: "renamed", from: "a" },
      { type: "news", slug: "new", status: "added", from: undefined },
      { type: "signatory", slug: "gone", status: "deleted", from: undefined },
      { type: "tag", slug: "topic", status: "modified", from: undefined },
    ]);
    expect(items[1]!.files.map((file) => file.path)).toEqual([
      "content/news/new.md",
      "content/news/new.ru.md",
    ]);
    // Photos and documents beside the content are the items' own, not other files.
    expect(otherFiles).toEqual([{ status: "added", path: "content/news/Bad_Name.md" }]);
  });

  it("splits a move to another folder into a deletion and an addition", () => {
    const { items } = groupChanges([
      { status: "renamed", path: "content/initiatives/x.md", from: "content/news/x.md" },
    ]);
    expect(items.map(({ type, slug, status }) => [type, slug, status])).toEqual([
      ["news", "x", "deleted"],
      ["initiative", "x", "added"],
    ]);
  });

  it("keeps the changes to the files an editor names, by either name of a rename", () => {
    const changes: FileChange[] = [
      { status: "added", path: "content/news/a.md" },
      { status: "renamed", path: "content/news/c.md", from: "content/news/b.md" },
    ];
    expect(onlyPaths(changes, ["content/news/b.md"])).toEqual([changes[1]]);
    expect(onlyPaths(changes, ["content/news/a.md", "content/news/c.md"])).toEqual(changes);
  });
});

/* ------------------------------------------------------------------ on real repositories */

const repositories: string[] = [];
afterEach(() => {
  for (const dir of repositories.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function repository() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "preview-git-"));
  repositories.push(dir);
  const { git, write } = gitRepository(dir);
  git("init", "--quiet", "--initial-branch=main");
  return { dir, git, write };
}

/** A document long enough for git to recognise it after a small edit (rename detection). */
const article = (title: string) =>
  `---\ntitle: ${title}\ndate: 2024-01-01\nsummary: What ${title} says.\ncategory: news\n---\n\n` +
  Array.from({ length: 12 }, (_, line) => `Line ${line} of the text of ${title}.\n`).join("");

// Each test runs git a dozen times: budgets for a busy machine (tests/timeouts.ts).
describe("changed content files in a repository", { timeout: PROCESS_TEST_TIMEOUT }, () => {
  it("sums commits, staged and unstaged edits and untracked files since the branch left main", () => {
    const { dir, git, write } = repository();
    write("content/news/kept.md", article("Kept"));
    write("content/news/edited.md", article("Edited"));
    write("content/news/old-name.md", article("Renamed"));
    write("content/news/removed.md", article("Removed"));
    write("README.md", "Not content.\n");
    git("add", "-A");
    git("commit", "--quiet", "-m", "base");
    git("checkout", "--quiet", "-b", "change");
    git("mv", "content/news/old-name.md", "content/news/new-name.md");
    write(
      "content/news/new-name.md",
      article("Renamed").replace("date:", "aliases:\n  - old-name\ndate:"),
    );
    git("commit", "--quiet", "-am", "rename");
    git("rm", "--quiet", "content/news/removed.md");
    write("content/news/edited.md", article("Edited again")); // unstaged
    write("content/news/brand-new.md", article("New")); // untracked
    write("content/news/brand-new.ru.md", article("Новая")); // untracked
    write("README.md", "Changed, but not content.\n");
    const indexBefore = git("diff", "--cached", "--name-status");

    const { mergeBase, changes } = changedContentFiles(dir, "main");
    expect(mergeBase).toBe(git("rev-parse", "main").trim());
    expect(changes).toEqual([
      { status: "added", path: "content/news/brand-new.md" },
      { status: "added", path: "content/news/brand-new.ru.md" },
      { status: "modified", path: "content/news/edited.md" },
      { status: "renamed", path: "content/news/new-name.md", from: "content/news/old-name.md" },
      { status: "deleted", path: "content/news/removed.md" },
    ]);
    // The editor's own index is left as it was.
    expect(git("diff", "--cached", "--name-status")).toBe(indexBefore);
  });

  it("leaves out what the base branch changed after the branch left it (BASE...HEAD)", () => {
    const { dir, git, write } = repository();
    write("content/news/a.md", article("A"));
    git("add", "-A");
    git("commit", "--quiet", "-m", "base");
    git("checkout", "--quiet", "-b", "change");
    write("content/news/mine.md", article("Mine"));
    git("add", "-A");
    git("commit", "--quiet", "-m", "mine");
    git("checkout", "--quiet", "main");
    write("content/news/theirs.md", article("Theirs"));
    git("add", "-A");
    git("commit", "--quiet", "-m", "merged meanwhile");
    git("checkout", "--quiet", "change");
    expect(changedContentFiles(dir, "main").changes).toEqual([
      { status: "added", path: "content/news/mine.md" },
    ]);
  });

  it("compares with origin/main where it exists, else main, and says when neither does", () => {
    const { dir, git, write } = repository();
    write("content/news/a.md", article("A"));
    git("add", "-A");
    git("commit", "--quiet", "-m", "base");
    expect(defaultBase(dir)).toBe("main");
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), "preview-clone-"));
    repositories.push(clone);
    execFileSync("git", ["clone", "--quiet", dir, clone]);
    expect(defaultBase(clone)).toBe("origin/main");
    git("branch", "--quiet", "-m", "main", "trunk");
    expect(() => defaultBase(dir)).toThrow(/--base/);
    expect(() => changedContentFiles(dir, "no-such-branch")).toThrow(/not a branch/);
  });

  it("reads a file as it was at a commit, and nothing where it did not exist", () => {
    const { dir, git, write } = repository();
    write("content/news/a.md", article("A"));
    git("add", "-A");
    git("commit", "--quiet", "-m", "base");
    const commit = git("rev-parse", "HEAD").trim();
    write("content/news/a.md", article("B"));
    expect(fileAt(dir, commit, "content/news/a.md")).toBe(article("A"));
    expect(fileAt(dir, commit, "content/news/none.md")).toBeUndefined();
  });

  it("sees a whole content folder deleted", () => {
    const { dir, git, write } = repository();
    write("content/tags/a.md", "---\ntitle: A\n---\n");
    write("other.txt", "x\n");
    git("add", "-A");
    git("commit", "--quiet", "-m", "base");
    git("checkout", "--quiet", "-b", "change");
    fs.rmSync(path.join(dir, "content"), { recursive: true });
    expect(changedContentFiles(dir, "main").changes).toEqual([
      { status: "deleted", path: "content/tags/a.md" },
    ]);
  });
});
