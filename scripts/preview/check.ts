/**
 * The content check as `npm run content:check` runs it (lib/content: every rule, pictures
 * looked up under public/; with `messages`, the interface dictionaries too), over the content
 * folder of any copy of the site.
 */
import fs from "node:fs";
import path from "node:path";
import { checkDocuments } from "../../lib/content/check";
import type { ContentIssue } from "../../lib/content/issues";
import { readContent, type SourceDocument } from "../../lib/content/source";
import { allMessagesIssues } from "../../lib/i18n/messages-check";

export type CheckResult = { documents: SourceDocument[]; issues: ContentIssue[] };

/** Checks `root/content`; files are named relative to `root`, e.g. content/news/x.md. */
export function checkSite(root: string, { messages = false } = {}): CheckResult {
  const { documents, issues } = readContent(path.join(root, "content"), root);
  const publicFileExists = (urlPath: string) => {
    try {
      return fs.existsSync(path.join(root, "public", decodeURI(urlPath)));
    } catch {
      return false; // a malformed %-escape names no file
    }
  };
  return {
    documents,
    issues: [
      ...issues,
      ...(messages ? allMessagesIssues() : []),
      ...checkDocuments(documents, { publicFileExists }),
    ],
  };
}
