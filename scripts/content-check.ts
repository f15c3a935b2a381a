/**
 * `npm run content:check [-- --base BRANCH]` — validates every document in the content folder
 * and reports every mistake at once, as `file:line  field: what is wrong — how to fix it`.
 *
 * Where the content folder is this repository's `content/` and git is there, it also compares
 * the content with the base branch (`--base`; by default `origin/main`, else `main`): a
 * published item deleted or renamed without an alias, or an alias removed, is reported with
 * the address that would break. Without git (a downloaded copy) that comparison is skipped.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { checkFolder } from "../lib/content/check-folder";
import { formatGithubAnnotation, formatIssue, type ContentIssue } from "../lib/content/issues";
import { contentDir } from "../lib/content/paths";
import { publishedAddressIssues } from "../lib/content/published-rules";
import type { SourceDocument } from "../lib/content/source";
import { changedContentFiles, defaultBase, fileAt, repositoryRoot } from "../lib/git";
import { allMessagesIssues } from "../lib/i18n/messages-check";
import { groupChanges } from "../lib/preview/changes";
import { publicationContext } from "../lib/publication";

const { values } = parseArgs({ options: { base: { type: "string" } } });

/** The published-address rule against the base branch, or why it was not applied. */
function againstBase(root: string, documents: readonly SourceDocument[]): ContentIssue[] | string {
  let repository: string;
  try {
    repository = repositoryRoot(root);
  } catch {
    return "no git repository";
  }
  if (path.resolve(repository, "content") !== root) return "not this repository's content/ folder";
  let base: string;
  try {
    base = values.base ?? defaultBase(repository);
  } catch {
    return 'no "main" branch to compare with (name one with --base)';
  }
  let compared: ReturnType<typeof changedContentFiles>;
  try {
    compared = changedContentFiles(repository, base);
  } catch {
    // An unknown branch, or a shallow clone without the commit where the branch left it.
    return `git cannot compare this branch with "${base}"`;
  }
  const { mergeBase, changes } = compared;
  return publishedAddressIssues({
    items: groupChanges(changes).items,
    baseText: (file) => fileAt(repository, mergeBase, file),
    documents,
    today: publicationContext().today,
    base,
    shown: (file) => path.relative(process.cwd(), path.join(repository, file)),
  });
}

const started = performance.now();
const root = contentDir();
const { documents, issues: folderIssues } = await checkFolder(root);
const published = againstBase(root, documents);
if (typeof published === "string" && values.base) {
  console.error(`Cannot compare with ${values.base}: ${published}.`);
  process.exit(2);
}
const issues = [
  // The interface dictionaries are checked with the content: translators edit them too.
  ...allMessagesIssues(),
  ...folderIssues,
  ...(typeof published === "string" ? [] : published),
];
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
