/**
 * Every content rule over a whole corpus's text, composed from the rule modules. Used by
 * `npm run content:check` and the tests; the runtime corpus reuses the front-matter and
 * reference rules directly. The files the documents name are checked by media-rules.ts.
 */
import { aliasIssues } from "./alias-rules";
import { bodyIssues } from "./body-rules";
import { schemaIssues } from "./front-matter-rules";
import type { ContentIssue } from "./issues";
import { placeholderIssues } from "./placeholder-rules";
import { buildIndex, buildUnreadableIndex, referenceIssues } from "./reference-rules";
import type { SourceDocument, UnreadableFile } from "./source";
import { translationIssues } from "./translation-rules";
import { typographyIssues } from "./typography-rules";

export type CheckOptions = {
  /**
   * Files that could not be read (already reported once, by readContent): references to
   * them say so instead of calling them missing.
   */
  unreadable?: readonly UnreadableFile[];
};

/** Every rule over a whole corpus. An empty result means the content is valid. */
export function checkDocuments(
  documents: readonly SourceDocument[],
  options: CheckOptions = {},
): ContentIssue[] {
  const index = buildIndex(documents);
  const unreadable = buildUnreadableIndex(options.unreadable);
  const issues: ContentIssue[] = [];
  for (const document of documents) {
    issues.push(...schemaIssues(document));
    issues.push(...typographyIssues(document));
    issues.push(...placeholderIssues(document));
    issues.push(...bodyIssues(document, index, unreadable));
    issues.push(...translationIssues(document, index, unreadable));
  }
  issues.push(...referenceIssues(documents, unreadable, { topics: true }));
  issues.push(...aliasIssues(documents));
  return issues.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}
