/**
 * Git, for `npm run preview` and the content check's `--base`. The content files a pull
 * request changes: everything between the point where
 * the branch left the base (`git merge-base BASE HEAD`, as in `git diff BASE...HEAD`) and
 * the working tree, so commits, staged and unstaged edits and new untracked files all
 * count, and a file renamed across them is still one rename. The user's index is never
 * touched: untracked files are added to a throw-away copy of it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseNameStatus, type FileChange } from "./preview/changes";

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync("git", args, {
    cwd,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

function refExists(cwd: string, ref: string): boolean {
  try {
    git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The branch a pull request goes into: `origin/main` where it exists (CI, clones), else `main`. */
export function defaultBase(cwd: string): string {
  for (const ref of ["origin/main", "main"]) if (refExists(cwd, ref)) return ref;
  throw new Error(
    'No "main" or "origin/main" branch to compare with: name one with --base, or list the files to preview',
  );
}

export type ContentChanges = { base: string; mergeBase: string; changes: FileChange[] };

/** Content files changed between the base branch and the working tree. */
export function changedContentFiles(
  cwd: string,
  base: string,
  contentRoot = "content",
): ContentChanges {
  if (!refExists(cwd, base))
    throw new Error(`"${base}" is not a branch or commit of this repository`);
  const mergeBase = git(cwd, ["merge-base", base, "HEAD"]).trim();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "preview-index-"));
  try {
    const index = path.join(scratch, "index");
    const ownIndex = path.resolve(cwd, git(cwd, ["rev-parse", "--git-path", "index"]).trim());
    if (fs.existsSync(ownIndex)) fs.copyFileSync(ownIndex, index);
    const env = { ...process.env, GIT_INDEX_FILE: index };
    git(cwd, ["add", "--all", "--", contentRoot], env);
    const output = git(
      cwd,
      ["diff", "--cached", "--name-status", "-z", "--find-renames", mergeBase, "--", contentRoot],
      env,
    );
    return { base, mergeBase, changes: parseNameStatus(output) };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** A file's text at a commit, or undefined where it did not exist. */
export function fileAt(cwd: string, commit: string, file: string): string | undefined {
  try {
    return git(cwd, ["show", `${commit}:${file}`]);
  } catch {
    return undefined;
  }
}

/** The repository's top folder. */
export function repositoryRoot(cwd: string): string {
  return git(cwd, ["rev-parse", "--show-toplevel"]).trim();
}
