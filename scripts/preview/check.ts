/**
 * The content check as `npm run content:check` runs it (lib/content: every rule, and the
 * pictures and documents beside the Markdown files; with `messages`, the interface dictionaries
 * too), over the content folder of any copy of the site.
 */
import path from "node:path";
import { checkFolder } from "../../lib/content/check-folder";
import type { ContentIssue } from "../../lib/content/issues";
import type { SourceDocument } from "../../lib/content/source";
import { allMessagesIssues } from "../../lib/i18n/messages-check";

export type CheckResult = { documents: SourceDocument[]; issues: ContentIssue[] };

/** Checks `root/content`; files are named relative to `root`, e.g. content/news/x.md. */
export async function checkSite(root: string, { messages = false } = {}): Promise<CheckResult> {
  const { documents, issues } = await checkFolder(path.join(root, "content"), { cwd: root });
  return { documents, issues: [...(messages ? allMessagesIssues() : []), ...issues] };
}
