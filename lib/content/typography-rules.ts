/**
 * Word's "smart quotes" around a whole front-matter value. YAML reads only straight quotes as
 * quotes, so `title: “Regional workshop”` keeps its curly quotes, and readers see them in the
 * page, its `<title>` and every link preview. (A value that merely contains a quotation, or a
 * Russian title in «guillemets», is left alone.)
 */
import { fieldName, stringValues, type ContentIssue } from "./issues";
import type { SourceDocument } from "./source";

/** Opening and closing marks that editors' word processors put around a typed "…". */
const PAIRS: ReadonlyArray<[string, string[]]> = [
  ["“", ["”", "“"]],
  ["”", ["”"]],
  ["‘", ["’"]],
  ["„", ["“", "”"]],
];

function wrappedInTypographicQuotes(value: string): boolean {
  const text = value.trim();
  if (text.length < 2) return false;
  return PAIRS.some(
    ([open, closes]) =>
      text.startsWith(open) &&
      closes.some((close) => text.endsWith(close)) &&
      // “A” and “B” is a value that contains two quotations, not one wrapped value.
      ![...text.slice(1, -1)].some((character) => character === open || closes.includes(character)),
  );
}

export function typographyIssues(document: SourceDocument): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [path, value] of stringValues(document.data)) {
    if (!wrappedInTypographicQuotes(value)) continue;
    const inner = value.trim().slice(1, -1);
    const last = path.at(-1);
    const written = typeof last === "number" ? "-" : `${String(last)}:`;
    issues.push({
      file: document.file,
      line: document.lineOf(path),
      field: fieldName(path),
      message: `is wrapped in typographic quotes (${value.trim()[0]}…${value.trim().at(-1)}), which readers would see in the page and link previews — remove them, or use straight quotes: ${written} "${inner}"`,
    });
  }
  return issues;
}
