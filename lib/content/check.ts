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
import { buildIndex, referenceIssues } from "./reference-rules";
import type { SourceDocument } from "./source";
import { translationIssues } from "./translation-rules";

/** Every rule over a whole corpus. An empty result means the content is valid. */
export function checkDocuments(documents: readonly SourceDocument[]): ContentIssue[] {
  const index = buildIndex(documents);
  const issues: ContentIssue[] = [];
  for (const document of documents) {
    issues.push(...schemaIssues(document));
    issues.push(...placeholderIssues(document));
    issues.push(...bodyIssues(document, index));
    issues.push(...translationIssues(document, index));
  }
  issues.push(...referenceIssues(documents));
  issues.push(...aliasIssues(documents));
  return issues.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}
