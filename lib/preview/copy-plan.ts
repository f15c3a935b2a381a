/**
 * How the preview's copy of the site differs from the change, so that it can be built:
 * items with problems are set aside (put back as they were on the base branch, or left out
 * if they are new) until the content check passes, and drafts of the change are made public
 * so they can be seen as they will look.
 */
import type { ContentIssue } from "../content/issues";
import type { ChangedItem } from "./changes";

/** The files an item has in the working tree (a deleted item has none). */
export function currentFiles(item: ChangedItem): string[] {
  return item.files.filter((file) => file.status !== "deleted").map((file) => file.path);
}

/**
 * The items to set aside next, given the check's problems in the copy: every item with a
 * problem in one of its files; where problems remain only in files the change did not
 * touch (they refer to something it deleted or renamed), the deleted and renamed items.
 * Empty when there is nothing left to set aside.
 */
export function itemsToSetAside(
  items: readonly ChangedItem[],
  issues: readonly ContentIssue[],
  setAside: ReadonlySet<ChangedItem>,
): ChangedItem[] {
  const remaining = items.filter((item) => !setAside.has(item));
  const files = new Set(issues.map((issue) => issue.file));
  const broken = remaining.filter((item) => currentFiles(item).some((file) => files.has(file)));
  if (broken.length > 0 || issues.length === 0) return broken;
  return remaining.filter((item) => item.status === "deleted" || item.status === "renamed");
}

const FRONT_MATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(\r?\n?---[ \t]*(?:\r?\n|$))/;

const DRAFT_LINE = /^draft:[ \t]*true[ \t]*(?:#.*)?\r?\n?$/;

/** A document's text without its `draft: true` line, so the copy shows it as published. */
export function withoutDraft(text: string): string {
  return text.replace(FRONT_MATTER, (_, open: string, fields: string, close: string) => {
    const kept = fields
      .split(/(?<=\n)/)
      .filter((line) => !DRAFT_LINE.test(line))
      .join("");
    // The last field has no line break of its own (the closing --- line takes it).
    return open + (/\n$/.test(fields) ? kept : kept.replace(/\r?\n$/, "")) + close;
  });
}
