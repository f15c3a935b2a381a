/** Cross-document rules: every slug reference resolves, statements are signed, dates are ordered. */
import { slugFromText } from "../slugs";
import { renamedTo } from "./alias-rules";
import { fieldName, type ContentIssue } from "./issues";
import { DOCUMENT_TYPES, type DocumentType } from "./schema";
import type { SourceDocument, UnreadableFile } from "./source";
import { suggest } from "./suggest";

export type Index = Record<DocumentType, Map<string, SourceDocument>>;

/** Originals that exist but could not be read, by type and slug: the file each is. */
export type UnreadableIndex = Record<DocumentType, Map<string, string>>;

export function buildUnreadableIndex(files: readonly UnreadableFile[] = []): UnreadableIndex {
  const index: UnreadableIndex = { news: new Map(), initiative: new Map(), signatory: new Map(), tag: new Map() };
  for (const file of files) if (!file.locale) index[file.type].set(file.slug, file.file);
  return index;
}

/** The words for a reference to a file that exists but cannot be read. */
export const unreadableTarget = (file: string) =>
  `${file} cannot be read — fix that file first (its own message says how)`;

/** The originals by type and slug (translations are found through their original). */
export function buildIndex(documents: readonly SourceDocument[]): Index {
  const index: Index = { news: new Map(), initiative: new Map(), signatory: new Map(), tag: new Map() };
  for (const document of documents) {
    if (!document.locale) index[document.type].set(document.slug, document);
  }
  return index;
}

function referenceIssue(
  document: SourceDocument,
  fieldPath: ReadonlyArray<PropertyKey>,
  slug: string,
  target: DocumentType,
  index: Index,
  unreadable: UnreadableIndex = buildUnreadableIndex(),
): ContentIssue {
  const unreadableFile = unreadable[target].get(slug);
  if (unreadableFile) {
    return {
      file: document.file,
      line: document.lineOf(fieldPath),
      field: fieldName(fieldPath),
      message: `"${slug}": ${unreadableTarget(unreadableFile)}`,
    };
  }
  const renamed = renamedTo(index[target].values(), slug);
  if (renamed) {
    return {
      file: document.file,
      line: document.lineOf(fieldPath),
      field: fieldName(fieldPath),
      message: `"${slug}" is the former name of "${renamed.slug}" — write "${renamed.slug}"`,
    };
  }
  const hint = suggest(slug, [...index[target].keys()]);
  return {
    file: document.file,
    line: document.lineOf(fieldPath),
    field: fieldName(fieldPath),
    message: `"${slug}" is not a${target === "initiative" ? "n" : ""} ${DOCUMENT_TYPES[target].label}${
      hint ? ` — did you mean "${hint}"?` : ""
    } — fix the slug, or add content/${DOCUMENT_TYPES[target].folder}/${slug}.md`,
  };
}

/**
 * Cross-document rules: every slug reference resolves, statements are signed, dates are ordered.
 * With `topics`, every tag names a topic file too: the content check refuses a misspelt tag
 * (it would create a public topic page under that name); at run time a tag without a file
 * still renders, labelled as written, so the rule is the check's alone.
 */
export function referenceIssues(
  documents: readonly SourceDocument[],
  unreadable: UnreadableIndex = buildUnreadableIndex(),
  { topics = false } = {},
): ContentIssue[] {
  const index = buildIndex(documents);
  const issues: ContentIssue[] = [];
  const checkList = (
    document: SourceDocument,
    field: string,
    target: DocumentType,
    // A topic is named by its words or its slug: `Domestic violence` is domestic-violence.
    slugOf: (written: string) => string = (written) => written,
  ) => {
    const list = document.data[field];
    if (!Array.isArray(list)) return;
    list.forEach((written, position) => {
      if (typeof written !== "string") return;
      const slug = slugOf(written);
      if (!index[target].has(slug)) {
        issues.push(referenceIssue(document, [field, position], slug, target, index, unreadable));
      }
    });
    const seen = new Set<unknown>();
    list.forEach((slug, position) => {
      if (seen.has(slug)) {
        issues.push({
          file: document.file,
          line: document.lineOf([field, position]),
          field: fieldName([field, position]),
          message: `"${String(slug)}" is listed twice — remove the repeated line`,
        });
      }
      seen.add(slug);
    });
  };

  for (const document of documents) {
    // A translation's shared fields are compared with its original's (translation-rules.ts).
    if (document.locale) continue;
    const { data } = document;
    if (document.type === "news") {
      checkList(document, "initiatives", "initiative");
      checkList(document, "signatories", "signatory");
      if (topics) checkList(document, "tags", "tag", slugFromText);
      const signatories = data.signatories;
      if (data.category === "statement" && (!Array.isArray(signatories) || signatories.length === 0)) {
        issues.push({
          file: document.file,
          line: document.lineOf(["signatories"]) ?? document.lineOf(["category"]),
          field: "signatories",
          message:
            "a statement needs at least one signatory — list who signed it, one slug per line, e.g. `signatories:` then `  - un-women`",
        });
      }
      if (typeof data.updated === "string" && typeof data.date === "string" && data.updated < data.date) {
        issues.push({
          file: document.file,
          line: document.lineOf(["updated"]),
          field: "updated",
          message: `${data.updated} is before the date ${data.date} — the update cannot come before the publication`,
        });
      }
    }
    if (document.type === "initiative") {
      checkList(document, "partners", "signatory");
      const parent = data.parent;
      if (typeof parent === "string") {
        if (parent === document.slug) {
          issues.push({
            file: document.file,
            line: document.lineOf(["parent"]),
            field: "parent",
            message: "an initiative cannot be its own parent — remove the line or name another initiative",
          });
        } else if (!index.initiative.has(parent)) {
          issues.push(referenceIssue(document, ["parent"], parent, "initiative", index, unreadable));
        } else if (hasParentCycle(document.slug, index)) {
          issues.push({
            file: document.file,
            line: document.lineOf(["parent"]),
            field: "parent",
            message: `"${parent}" leads back to this initiative through its own parents — a parent chain must not loop`,
          });
        }
      }
    }
  }
  return issues;
}

function hasParentCycle(start: string, index: Index): boolean {
  const seen = new Set<string>();
  let current: string | undefined = start;
  while (current) {
    if (seen.has(current)) return true;
    seen.add(current);
    const parent: unknown = index.initiative.get(current)?.data.parent;
    current = typeof parent === "string" ? parent : undefined;
  }
  return false;
}

