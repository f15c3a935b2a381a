/**
 * The content check exactly as `npm run content:check` runs it (lib/content: every rule,
 * pictures looked up under public/), over the content folder of any copy of the site.
 */
import fs from "node:fs";
import path from "node:path";
import { checkDocuments } from "../../lib/content/check";
import type { ContentIssue } from "../../lib/content/issues";
import { readContent, type SourceDocument } from "../../lib/content/source";

export type CheckResult = { documents: SourceDocument[]; issues: ContentIssue[] };

/** Checks `root/content`; files are named relative to `root`, e.g. content/news/x.md. */
export function checkSite(root: string): CheckResult {
  const { documents, issues } = readContent(path.join(root, "content"), root);
  const publicFileExists = (urlPath: string) => {
    try {
      return fs.existsSync(path.join(root, "public", decodeURI(urlPath)));
    } catch {
      return false; // a malformed %-escape names no file
    }
  };
  return { documents, issues: [...issues, ...checkDocuments(documents, { publicFileExists })] };
}
