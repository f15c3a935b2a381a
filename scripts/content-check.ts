/**
 * `npm run content:check` — validates every document in the content folder and reports
 * every mistake at once, as `file:line  field: what is wrong — how to fix it`.
 */
import { checkDocuments } from "../lib/content/check";
import { checkMedia } from "../lib/content/media-rules";
import { formatGithubAnnotation, formatIssue } from "../lib/content/issues";
import { contentDir } from "../lib/content/paths";
import { readContent } from "../lib/content/source";
import { allMessagesIssues } from "../lib/i18n/messages-check";

const started = performance.now();
const root = contentDir();
const { documents, issues: readIssues, media } = readContent(root);
const issues = [
  ...readIssues,
  // The interface dictionaries are checked with the content: translators edit them too.
  ...allMessagesIssues(),
  ...checkDocuments(documents),
  // The pictures and documents the documents name, beside them in the content folder.
  ...(await checkMedia(documents, root, media)).issues,
].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
const seconds = ((performance.now() - started) / 1000).toFixed(2);

for (const issue of issues) console.error(formatIssue(issue));
if (process.env.GITHUB_ACTIONS === "true") {
  for (const issue of issues) console.log(formatGithubAnnotation(issue));
}
const files = new Set(issues.map((issue) => issue.file)).size;
if (issues.length > 0) {
  console.error(
    `\nContent check failed: ${issues.length} problem${issues.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"} (${documents.length} documents checked in ${seconds} s). See CONTRIBUTING.md for help.`,
  );
  process.exit(1);
}
console.log(`Content check passed: ${documents.length} documents in ${seconds} s.`);
