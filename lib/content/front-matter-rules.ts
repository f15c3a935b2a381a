/** The front-matter schema's errors, worded for editors (with a suggestion where one helps). */
import { fieldName, type ContentIssue } from "./issues";
import { DOCUMENT_TYPES, TRANSLATION_SCHEMAS } from "./schema";
import type { SourceDocument } from "./source";
import { didYouMean, suggest } from "./suggest";

/** The schema a document is checked against: its type's, or its type's translation schema. */
export function schemaOf(document: Pick<SourceDocument, "type" | "locale">) {
  return document.locale ? TRANSLATION_SCHEMAS[document.type] : DOCUMENT_TYPES[document.type].schema;
}

function valueAt(data: unknown, fieldPath: ReadonlyArray<PropertyKey>): unknown {
  let node: unknown = data;
  for (const key of fieldPath) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Schema errors for one document, worded for editors. */
export function schemaIssues(document: SourceDocument): ContentIssue[] {
  const schema = schemaOf(document);
  const result = schema.safeParse(document.data);
  if (result.success) return [];
  const issues: ContentIssue[] = [];
  for (const issue of result.error.issues) {
    const where = (fieldPath: ReadonlyArray<PropertyKey>) => ({
      file: document.file,
      line: document.lineOf(fieldPath),
      field: fieldName(fieldPath),
    });
    if (issue.code === "unrecognized_keys") {
      const known = issue.path.length === 0 ? Object.keys(schema.shape) : knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const hint = suggest(key, known);
        issues.push({
          ...where([...issue.path, key]),
          message: hint
            ? `is not a known field — did you mean "${hint}"?`
            : `is not a known field of a ${DOCUMENT_TYPES[document.type].label}${document.locale ? "'s translation" : ""} — remove it, or use one of: ${known.join(", ")}`,
        });
      }
      continue;
    }
    const value = valueAt(document.data, issue.path);
    if (issue.code === "invalid_type" && (value === undefined || value === null)) {
      issues.push({
        ...where(issue.path),
        line: issue.path.length > 1 ? document.lineOf(issue.path.slice(0, -1)) : 1,
        message: `is required but missing — add a line \`${String(issue.path.at(-1))}: …\``,
      });
      continue;
    }
    if (issue.code === "invalid_value" && typeof value === "string") {
      issues.push({
        ...where(issue.path),
        message: `${issue.message}${didYouMean(value, issue.values.map(String))}`,
      });
      continue;
    }
    // A rule across fields points at the field that decides it when the one it names is absent.
    const fallback = issue.code === "custom" ? (issue.params?.lineOf as PropertyKey[] | undefined) : undefined;
    const located = where(issue.path);
    issues.push({
      ...located,
      line: located.line ?? (fallback ? document.lineOf(fallback) : undefined),
      message: issue.message,
    });
  }
  return issues;
}

function knownKeysAt(schema: { shape: Record<string, unknown> }, fieldPath: ReadonlyArray<PropertyKey>): string[] {
  // Walk down optional/array/object wrappers to the nested object's keys.
  let node: unknown = schema;
  for (const key of fieldPath) {
    node = unwrap(node);
    const shape = (node as { shape?: Record<string, unknown> }).shape;
    if (typeof key === "string" && shape) node = shape[key];
  }
  node = unwrap(node);
  return Object.keys((node as { shape?: Record<string, unknown> }).shape ?? {});
}

function unwrap(node: unknown): unknown {
  let current = node as { def?: { type: string; innerType?: unknown; element?: unknown } };
  while (current?.def && (current.def.type === "optional" || current.def.type === "array")) {
    current = (current.def.innerType ?? current.def.element) as typeof current;
  }
  return current;
}

