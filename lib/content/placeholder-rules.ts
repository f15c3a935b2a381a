/**
 * A news item about to be published (no longer a draft) must not still carry the
 * template's placeholder text. Initiatives and signatories have no drafts: a new file of
 * theirs is valid as created, and editors fill it in before the pull request.
 */
import type { ContentIssue } from "./issues";
import type { SourceDocument } from "./source";
import { PLACEHOLDERS } from "./templates";

export function placeholderIssues(document: SourceDocument): ContentIssue[] {
  if (document.type !== "news" || document.data.draft === true) return [];
  const issues: ContentIssue[] = [];
  if (document.data.summary === PLACEHOLDERS.summary) {
    issues.push({
      file: document.file,
      line: document.lineOf(["summary"]),
      field: "summary",
      message: "still has the template text — write the real summary (or keep `draft: true`)",
    });
  }
  // A translation copies the original's source; the original's own check reports it.
  const source = document.locale ? undefined : (document.data.source as Record<string, unknown> | undefined);
  for (const [field, text] of [
    ["name", PLACEHOLDERS.sourceName],
    ["title", PLACEHOLDERS.sourceTitle],
  ] as const) {
    if (source?.[field] === text) {
      issues.push({
        file: document.file,
        line: document.lineOf(["source", field]),
        field: `source.${field}`,
        message: `still has the template text — write the source's real ${field === "name" ? "publisher" : "headline"} (or keep \`draft: true\`)`,
      });
    }
  }
  const bodyLine = document.body.split("\n").findIndex((line) => line.includes(PLACEHOLDERS.body));
  if (bodyLine >= 0) {
    issues.push({
      file: document.file,
      line: document.bodyLine + bodyLine,
      field: "body",
      message: "still has the template text — write the real text (or keep `draft: true`)",
    });
  }
  return issues;
}
