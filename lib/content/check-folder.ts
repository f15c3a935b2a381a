/**
 * The content check over a folder on disk, as `npm run content:check`, the preview and
 * `npm run dev` run it: every file read (source.ts), every rule (check.ts), pictures looked
 * up under the public folder.
 */
import fs from "node:fs";
import path from "node:path";
import { checkDocuments } from "./check";
import type { ContentIssue } from "./issues";
import { readContent, type SourceDocument, type UnreadableFile } from "./source";

export type FolderCheck = {
  documents: SourceDocument[];
  unreadable: UnreadableFile[];
  /** Every mistake, files named relative to `cwd`. */
  issues: ContentIssue[];
};

/** Whether `urlPath` (e.g. /images/a.jpg) is a file under `publicRoot`. */
export function publicFileLookup(publicRoot: string) {
  return (urlPath: string) => {
    try {
      return fs.existsSync(path.join(publicRoot, decodeURI(urlPath)));
    } catch {
      return false; // a malformed %-escape names no file
    }
  };
}

export function checkFolder(
  contentRoot: string,
  { cwd = process.cwd(), publicRoot = path.join(cwd, "public") } = {},
): FolderCheck {
  const { documents, issues, unreadable } = readContent(contentRoot, cwd);
  return {
    documents,
    unreadable,
    issues: [
      ...issues,
      ...checkDocuments(documents, { publicFileExists: publicFileLookup(publicRoot), unreadable }),
    ],
  };
}

/** When any file under `root` last changed, was added or removed (for `npm run dev`). */
export function folderVersion(root: string): string {
  let version = "";
  for (const file of fs.readdirSync(root, { recursive: true, encoding: "utf8" }).sort()) {
    version += `${file}:${fs.statSync(path.join(root, file)).mtimeMs}|`;
  }
  return version;
}
