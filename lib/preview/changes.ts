/**
 * What a pull request changes in the content folder, item by item: which files git reports
 * (added, modified, deleted, renamed) and which items (an original with its translations)
 * they belong to. Pure: the git commands live in lib/git.ts.
 */
import { isMediaFileName } from "../content/media";
import { documentFileName } from "../content/source";
import { DOCUMENT_TYPES, type DocumentType } from "../content/schema";
import type { Locale } from "../i18n/config";

export type FileStatus = "added" | "modified" | "deleted" | "renamed";

/** One changed file, as `git diff --name-status` reports it; paths relative to the repository. */
export type FileChange = { status: FileStatus; path: string; from?: string };

const STATUS: Record<string, FileStatus> = {
  A: "added",
  C: "added",
  M: "modified",
  T: "modified",
  D: "deleted",
  R: "renamed",
};

/**
 * Parses `git diff --name-status -z` (NUL-separated, so any file name is safe): a status
 * letter (with a similarity score for renames and copies), then one path, or two for
 * renames and copies (the old one first).
 */
export function parseNameStatus(output: string): FileChange[] {
  const fields = output.split("\0");
  const changes: FileChange[] = [];
  for (let index = 0; index < fields.length;) {
    const code = fields[index++] ?? "";
    if (code === "") continue;
    const status = STATUS[code[0]!];
    if (!status) throw new Error(`git reported an unknown change "${code}"`);
    if (code[0] === "R" || code[0] === "C") {
      const from = fields[index++]!;
      const path = fields[index++]!;
      changes.push(code[0] === "R" ? { status, path, from } : { status, path });
    } else {
      changes.push({ status, path: fields[index++]! });
    }
  }
  return changes;
}

/** What a path under the content folder names: a document's type, slug and language. */
export type ContentFile = { type: DocumentType; slug: string; locale?: Locale };

const TYPE_OF_FOLDER = new Map<string, DocumentType>(
  Object.entries(DOCUMENT_TYPES).map(([type, { folder }]) => [folder, type as DocumentType]),
);

/** The document a path (e.g. content/news/x.ru.md) holds, or undefined for any other file. */
export function contentFileOf(path: string, contentRoot = "content"): ContentFile | undefined {
  const parts = path.split("/");
  if (parts.length !== 3 || parts[0] !== contentRoot) return undefined;
  const type = TYPE_OF_FOLDER.get(parts[1]!);
  if (!type) return undefined;
  const name = documentFileName(parts[2]!);
  if ("problem" in name) return undefined;
  return { type, slug: name.slug, ...(name.locale ? { locale: name.locale } : {}) };
}

export type ItemStatus = "added" | "modified" | "renamed" | "deleted";

/** An item the change touches: its original and translations, as changed files. */
export type ChangedItem = {
  type: DocumentType;
  /** The slug after the change (the deleted slug for a deleted item). */
  slug: string;
  /** Decided by the original's file: a change to translations only modifies the item. */
  status: ItemStatus;
  /** A renamed item's former slug. */
  from?: string;
  files: FileChange[];
};

export type ChangeSet = {
  items: ChangedItem[];
  /** Changed files under the content folder that name no document (the check explains). */
  otherFiles: FileChange[];
};

/**
 * A rename that is not one item getting a new slug (a file moved to another folder, or to
 * or from a name that is no document's) is a deletion and an addition.
 */
function splitMove(change: FileChange, contentRoot: string): FileChange[] {
  if (change.status !== "renamed" || change.from === undefined) return [change];
  const before = contentFileOf(change.from, contentRoot);
  const after = contentFileOf(change.path, contentRoot);
  if (before && after && before.type === after.type && before.locale === after.locale) {
    return [change];
  }
  return [
    { status: "deleted", path: change.from },
    { status: "added", path: change.path },
  ];
}

const ORDER: Record<DocumentType, number> = { news: 0, initiative: 1, signatory: 2, tag: 3 };

/** Groups changed files into items, in a stable order: by type, then slug. */
export function groupChanges(changes: readonly FileChange[], contentRoot = "content"): ChangeSet {
  const items = new Map<string, ChangedItem>();
  const otherFiles: FileChange[] = [];
  for (const change of changes.flatMap((change) => splitMove(change, contentRoot))) {
    const file = contentFileOf(change.path, contentRoot);
    if (!file) {
      // A photo or document beside the content belongs to the item that names it: the check
      // reports one that no item names, and the item's pictures show it.
      const media = change.path.startsWith(`${contentRoot}/`) && isMediaFileName(change.path);
      if (!media) otherFiles.push(change);
      continue;
    }
    const key = `${file.type}/${file.slug}`;
    let item = items.get(key);
    if (!item) {
      item = { type: file.type, slug: file.slug, status: "modified", files: [] };
      items.set(key, item);
    }
    item.files.push(change);
    if (file.locale) continue;
    // The original decides what happened to the item.
    item.status = change.status;
    if (change.status === "renamed") item.from = contentFileOf(change.from!, contentRoot)!.slug;
  }
  const sorted = [...items.values()].sort(
    (a, b) => ORDER[a.type] - ORDER[b.type] || a.slug.localeCompare(b.slug),
  );
  for (const item of sorted) item.files.sort((a, b) => a.path.localeCompare(b.path));
  return { items: sorted, otherFiles };
}

/** The changes to `paths` only (files an editor names on the command line). */
export function onlyPaths(changes: readonly FileChange[], paths: readonly string[]): FileChange[] {
  const wanted = new Set(paths);
  return changes.filter(
    (change) => wanted.has(change.path) || (change.from !== undefined && wanted.has(change.from)),
  );
}
