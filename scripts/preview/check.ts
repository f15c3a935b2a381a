/**
 * The content check as `npm run content:check` runs it (lib/content: every rule, and the
 * pictures and documents beside the Markdown files; with `messages`, the interface dictionaries
 * too), over the content folder of any copy of the site.
 */
import path from "node:path";
import { checkDocuments } from "../../lib/content/check";
import type { ContentIssue } from "../../lib/content/issues";
import { checkMedia } from "../../lib/content/media-rules";
import { readContent, type SourceDocument } from "../../lib/content/source";
import { allMessagesIssues } from "../../lib/i18n/messages-check";

export type CheckResult = { documents: SourceDocument[]; issues: ContentIssue[] };

/** Checks `root/content`; files are named relative to `root`, e.g. content/news/x.md. */
export async function checkSite(root: string, { messages = false } = {}): Promise<CheckResult> {
  const contentDir = path.join(root, "content");
  const { documents, issues, media } = readContent(contentDir, root);
  return {
    documents,
    issues: [
      ...issues,
      ...(messages ? allMessagesIssues() : []),
      ...checkDocuments(documents),
      ...(await checkMedia(documents, contentDir, media, "content")).issues,
    ],
  };
}
