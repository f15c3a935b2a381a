/**
 * The addresses a change gives, moves and takes away: an item's page in every language, and
 * where each former address (a renamed file's old name, a deleted item's name and aliases)
 * will lead after the merge — to the item that lists it in `aliases`, or nowhere.
 */
import { aliasesOf } from "../content/alias-rules";
import type { DocumentType } from "../content/schema";
import type { SourceDocument } from "../content/source";
import { LOCALES, type Locale } from "../i18n/config";
import { initiativePath, newsPath, signatoryPath, tagPath } from "../urls";

const PATHS: Record<DocumentType, (locale: Locale, slug: string) => string> = {
  news: newsPath,
  initiative: initiativePath,
  signatory: signatoryPath,
  tag: (locale, slug) => tagPath(locale, slug),
};

export type LocalePath = { locale: Locale; path: string };

/** An item's page in each language of the site. */
export function itemPaths(type: DocumentType, slug: string): LocalePath[] {
  return LOCALES.map((locale) => ({ locale, path: PATHS[type](locale, slug) }));
}

/** Where a former address leads after the merge: `to` is the page it redirects to. */
export type FormerAddress = LocalePath & { to?: string };

/** The current document of `type` that lists `name` among its former names, if any. */
export function claimantOf(
  documents: readonly SourceDocument[],
  type: DocumentType,
  name: string,
): string | undefined {
  return documents.find(
    (document) =>
      document.type === type &&
      !document.locale &&
      aliasesOf(document).some(({ alias }) => alias === name),
  )?.slug;
}

/**
 * The former addresses of `names` (a renamed item's old slug; a deleted item's slug and its
 * own aliases) in every language, each with the page it will redirect to, if any.
 */
export function formerAddresses(
  type: DocumentType,
  names: readonly string[],
  documents: readonly SourceDocument[],
): FormerAddress[] {
  return [...new Set(names)].flatMap((name) => {
    const claimant = type === "tag" ? undefined : claimantOf(documents, type, name);
    return itemPaths(type, name).map(({ locale, path }) =>
      claimant === undefined
        ? { locale, path }
        : { locale, path, to: PATHS[type](locale, claimant) },
    );
  });
}
