/**
 * Template text left in an item about to be published: any value or line of text that
 * `npm run new` writes as an example (templates.ts), and any example address (example.org).
 * A news item (or translation) marked `draft: true` may still have them; every other item is
 * public as soon as it is merged, so it never may.
 */
import { fieldName, stringValues, type ContentIssue } from "./issues";
import type { SourceDocument } from "./source";
import { EXAMPLE_DOMAINS, PLACEHOLDERS } from "./templates";

const FIELD_TEXTS = new Set<string>(Object.values(PLACEHOLDERS));
/** Template sentences long enough to be recognised inside a line an editor added to. */
const SENTENCES = [...FIELD_TEXTS].filter((text) => text.length > 15);
const EXAMPLE_ADDRESS = new RegExp(
  `(?:^|[/@.\\s(])(?:${EXAMPLE_DOMAINS.map((domain) => domain.replace(".", "\\.")).join("|")})(?=$|[/?#:)\\s"'>])`,
  "i",
);
/** A Markdown link's destination: (https://…). */
const LINK = /\]\(([^)\s]+)[^)]*\)/g;

export function placeholderIssues(document: SourceDocument): ContentIssue[] {
  if (document.data.draft === true) return [];
  const keepDraft = document.type === "news" ? " (or keep `draft: true`)" : "";
  const issues: ContentIssue[] = [];
  for (const [path, value] of stringValues(document.data)) {
    const at = { file: document.file, line: document.lineOf(path), field: fieldName(path) };
    if (FIELD_TEXTS.has(value.trim())) {
      issues.push({
        ...at,
        message: `still has the template text ("${value.trim()}") — write the real ${String(path.filter((part) => typeof part === "string").at(-1))}${keepDraft}`,
      });
    } else if (EXAMPLE_ADDRESS.test(value)) {
      issues.push({
        ...at,
        message: `is the template's example address (${value}) — write the real address, or delete the line${keepDraft}`,
      });
    }
  }
  const lines = document.body.split("\n");
  for (const [index, line] of lines.entries()) {
    const at = { file: document.file, line: document.bodyLine + index, field: "body" };
    const text = line.trim();
    if (!text) continue;
    if (FIELD_TEXTS.has(text) || SENTENCES.some((sentence) => text.includes(sentence))) {
      issues.push({
        ...at,
        message: `still has the template text ("${text.slice(0, 60)}") — write the real text${keepDraft}`,
      });
      continue;
    }
    for (const [, url] of text.matchAll(LINK)) {
      if (url && EXAMPLE_ADDRESS.test(url)) {
        issues.push({
          ...at,
          message: `links to the template's example address (${url}) — link to the real page, or remove the link${keepDraft}`,
        });
      }
    }
  }
  return issues;
}
