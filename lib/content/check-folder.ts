/**
 * The content check over a folder on disk, as `npm run content:check` and the preview run
 * it: every file read (source.ts), every rule (check.ts), and the pictures and documents the
 * documents name, beside them in the folder (media-rules.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { checkDocuments } from "./check";
import type { ContentIssue } from "./issues";
import { checkMedia } from "./media-rules";
import { readContent, type SourceDocument, type UnreadableFile } from "./source";

export type FolderCheck = {
  documents: SourceDocument[];
  unreadable: UnreadableFile[];
  /** Every mistake, files named relative to `cwd`, in file and line order. */
  issues: ContentIssue[];
};

const byPlace = (a: ContentIssue, b: ContentIssue) =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

/**
 * The check without its media rules, which read every picture: what `npm run dev` runs on
 * each save, at once (the full check and the build still apply them).
 */
export function checkFolderText(contentRoot: string, { cwd = process.cwd() } = {}) {
  const { documents, issues, unreadable, media } = readContent(contentRoot, cwd);
  return {
    documents,
    unreadable,
    media,
    issues: [...issues, ...checkDocuments(documents, { unreadable })].sort(byPlace),
  };
}

export async function checkFolder(
  contentRoot: string,
  { cwd = process.cwd() } = {},
): Promise<FolderCheck> {
  const { documents, issues, unreadable, media } = checkFolderText(contentRoot, { cwd });
  const shownRoot = path.relative(cwd, contentRoot) || ".";
  return {
    documents,
    unreadable,
    issues: [...issues, ...(await checkMedia(documents, contentRoot, media, shownRoot)).issues].sort(
      byPlace,
    ),
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
