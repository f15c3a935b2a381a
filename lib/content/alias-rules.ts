/**
 * Alias rules. A renamed file keeps its former slugs in `aliases`, and each old address
 * answers with a permanent redirect to the new one (lib/aliases.ts). An old address can
 * lead to one page only, and never hide a page that exists. (The form of each alias — a
 * valid slug — is part of the schema, so it is reported once, with the other field errors.)
 */
import { fieldName, type ContentIssue } from "./issues";
import { DOCUMENT_TYPES, SLUG_PATTERN, type DocumentType } from "./schema";
import type { SourceDocument } from "./source";

/** A document's aliases that are well-formed slugs, with their position in the list. */
export function aliasesOf(document: SourceDocument): { alias: string; position: number }[] {
  const list = document.data.aliases;
  if (!Array.isArray(list)) return [];
  return list.flatMap((alias, position) =>
    typeof alias === "string" && SLUG_PATTERN.test(alias) ? [{ alias, position }] : [],
  );
}

/** The document that used to be called `slug` (lists it in `aliases`), if any. */
export function renamedTo(
  documents: Iterable<SourceDocument>,
  slug: string,
): SourceDocument | undefined {
  for (const document of documents) {
    if (aliasesOf(document).some((entry) => entry.alias === slug)) return document;
  }
  return undefined;
}

export function aliasIssues(documents: readonly SourceDocument[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const originals = documents.filter((document) => !document.locale);
  const slugs: Record<DocumentType, Map<string, SourceDocument>> = {
    news: new Map(),
    initiative: new Map(),
    signatory: new Map(),
    tag: new Map(),
  };
  for (const document of originals) slugs[document.type].set(document.slug, document);

  // Every document claiming each alias, per type (one URL space per folder).
  const claims: Record<DocumentType, Map<string, SourceDocument[]>> = {
    news: new Map(),
    initiative: new Map(),
    signatory: new Map(),
    tag: new Map(),
  };

  for (const document of originals) {
    const at = (position: number) => ({
      file: document.file,
      line: document.lineOf(["aliases", position]),
      field: fieldName(["aliases", position]),
    });
    const seen = new Set<string>();
    for (const { alias, position } of aliasesOf(document)) {
      const folder = DOCUMENT_TYPES[document.type].folder;
      if (seen.has(alias)) {
        issues.push({ ...at(position), message: `"${alias}" is listed twice — remove the repeated line` });
        continue;
      }
      seen.add(alias);
      if (alias === document.slug) {
        issues.push({
          ...at(position),
          message: `"${alias}" is this file's own name — list only former names, or remove the line`,
        });
        continue;
      }
      const owner = slugs[document.type].get(alias);
      if (owner) {
        issues.push({
          ...at(position),
          message: `"${alias}" is the address of ${owner.file}, which exists — /${folder}/${alias} must stay that page; remove the line (an alias is a name no file has any more)`,
        });
        continue;
      }
      const claimants = claims[document.type].get(alias) ?? [];
      claims[document.type].set(alias, [...claimants, document]);
    }
  }

  // An old address claimed by two documents cannot lead to both.
  for (const byAlias of Object.values(claims)) {
    for (const [alias, claimants] of byAlias) {
      if (claimants.length < 2) continue;
      for (const document of claimants) {
        const position = aliasesOf(document).find((entry) => entry.alias === alias)!.position;
        const others = claimants.filter((other) => other !== document).map((other) => other.file);
        issues.push({
          file: document.file,
          line: document.lineOf(["aliases", position]),
          field: fieldName(["aliases", position]),
          message: `"${alias}" is also an alias of ${others.join(" and ")} — an old address can lead to one page only; keep it in the file that really had this name`,
        });
      }
    }
  }
  return issues;
}
