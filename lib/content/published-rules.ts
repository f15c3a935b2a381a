/**
 * Addresses people already use must keep working. Against the base branch (what is live),
 * an item that was published — an initiative or organisation, or a news item that is no
 * draft and whose date has come — and is now deleted or renamed, or an alias a file no
 * longer lists, leaves an address that answers "page not found", unless some item lists the
 * old name in its `aliases`. Pure: the changes and the base's files come from git (lib/git.ts).
 */
import { aliasesOf } from "./alias-rules";
import type { ContentIssue } from "./issues";
import { DOCUMENT_TYPES } from "./schema";
import { parseSource, type SourceDocument } from "./source";
import type { ChangedItem } from "../preview/changes";
import { claimantOf } from "../preview/addresses";
import { DEFAULT_LOCALE } from "../i18n/config";
import { documentPath } from "../urls";

export type PublishedCheckInput = {
  /** The items the branch changes (lib/preview/changes.ts `groupChanges`). */
  items: readonly ChangedItem[];
  /** A file's text on the base branch, by its path in the repository. */
  baseText: (file: string) => string | undefined;
  /** The documents as they are now. */
  documents: readonly SourceDocument[];
  /** YYYY-MM-DD in the site's time zone. */
  today: string;
  /** The content folder's path in the repository ("content"). */
  contentRoot?: string;
  /** The base branch's name, for messages. */
  base: string;
  /** How to name a file of the repository in a message (as the other messages name theirs). */
  shown?: (file: string) => string;
};

const wasPublished = (document: SourceDocument, today: string) =>
  document.type !== "news" ||
  (document.data.draft !== true && typeof document.data.date === "string" && document.data.date <= today);

export function publishedAddressIssues({
  items,
  baseText,
  documents,
  today,
  contentRoot = "content",
  base,
  shown = (file) => file,
}: PublishedCheckInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const item of items) {
    // Topics have no aliases: a topic's page lives while items name it.
    if (item.type === "tag" || item.status === "added") continue;
    const folder = DOCUMENT_TYPES[item.type].folder;
    const baseSlug = item.from ?? item.slug;
    const baseFile = `${contentRoot}/${folder}/${baseSlug}.md`;
    const text = baseText(baseFile);
    if (text === undefined) continue;
    const before = parseSource(baseFile, item.type, baseSlug, text).document;
    if (!before || !wasPublished(before, today)) continue;
    const names = [baseSlug, ...aliasesOf(before).map(({ alias }) => alias)];
    const now = documents.find(
      (document) => document.type === item.type && !document.locale && document.slug === item.slug,
    );
    for (const name of new Set(names)) {
      const stillThere = documents.some(
        (document) => document.type === item.type && !document.locale && document.slug === name,
      );
      if (stillThere || claimantOf(documents, item.type, name) !== undefined) continue;
      const address = documentPath(DEFAULT_LOCALE, item.type as "news", name);
      const breaks = `its published address ${address} (in every language) will answer “page not found”`;
      if (item.status === "deleted" || !now) {
        issues.push({
          file: shown(baseFile),
          message: `is deleted, and ${breaks} — to hide an item write \`draft: true\` instead; if another item replaces it, add \`${name}\` to that item's aliases (compared with ${base})`,
        });
      } else if (name === baseSlug) {
        issues.push({
          file: now.file,
          line: now.lineOf(["aliases"]) ?? 1,
          field: "aliases",
          message: `this file was ${baseFile} (on ${base}), and ${breaks} — add its old name to aliases: a line \`aliases:\` then \`  - ${name}\``,
        });
      } else {
        issues.push({
          file: now.file,
          line: now.lineOf(["aliases"]) ?? 1,
          field: "aliases",
          message: `no longer lists "${name}" (it did on ${base}), and ${breaks} — put the line \`  - ${name}\` back: an alias is never removed`,
        });
      }
    }
  }
  return issues;
}
