/** One mistake in the content, worded for an editor. */
export type ContentIssue = {
  /** Path relative to the repository, e.g. content/news/foo.md */
  file: string;
  line?: number;
  /** The front-matter field, e.g. `date` or `contacts[0].email`; absent for file-level issues. */
  field?: string;
  /** What is wrong and how to fix it. */
  message: string;
};

const englishNames = new Intl.DisplayNames(["en"], { type: "language" });

/** A language's name as the (English) messages for editors write it, e.g. "Russian". */
export function languageForEditors(code: string): string {
  return englishNames.of(code) ?? code;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return issue.field ? `${where}  ${issue.field}: ${issue.message}` : `${where}  ${issue.message}`;
}

/** GitHub Actions annotation, so the message shows on the pull request's changed line. */
export function formatGithubAnnotation(issue: ContentIssue): string {
  const escape = (text: string) =>
    text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const props = [`file=${issue.file}`, issue.line ? `line=${issue.line}` : undefined]
    .filter(Boolean)
    .join(",");
  const text = issue.field ? `${issue.field}: ${issue.message}` : issue.message;
  return `::error ${props}::${escape(text)}`;
}

export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

/** Every text value of a document's front matter, however deep, with its path. */
export function* stringValues(
  value: unknown,
  path: PropertyKey[] = [],
): Generator<[PropertyKey[], string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* stringValues(item, [...path, index]);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) yield* stringValues(item, [...path, key]);
  }
}
