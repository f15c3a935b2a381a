/**
 * Git in a repository a test makes for itself (a fixture, never this project's history):
 * commands run there as an editor, and files written into its working tree.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export function gitRepository(dir: string) {
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Editor",
        GIT_AUTHOR_EMAIL: "editor@example.org",
        GIT_COMMITTER_NAME: "Editor",
        GIT_COMMITTER_EMAIL: "editor@example.org",
      },
    });
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  return { dir, git, write };
}
