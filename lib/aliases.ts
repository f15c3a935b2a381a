/**
 * Permanent redirects from the former addresses of renamed files (their `aliases`) to
 * their current address, for every language. next.config.ts computes them once, when the
 * site is built or the server starts; no request pays for them.
 */
import { aliasesOf } from "./content/alias-rules";
import type { DocumentType } from "./content/schema";
import type { SourceDocument } from "./content/source";
import type { Locale } from "./i18n/config";
import { isPublished, type PublicationContext } from "./publication";
import { initiativePath, newsPath, signatoryPath } from "./urls";

export type AliasRedirect = { source: string; destination: string; permanent: true };

const PATH: Record<DocumentType, (locale: Locale, slug: string) => string> = {
  news: newsPath,
  initiative: initiativePath,
  signatory: signatoryPath,
};

function isPublic(document: SourceDocument, context: PublicationContext): boolean {
  if (document.type !== "news") return true;
  const { date, draft } = document.data;
  return typeof date === "string" && isPublished({ date, draft: draft === true }, context);
}

/**
 * One redirect per alias and language. Aliases of unpublished news are left out (the old
 * address must not reveal the new one before the item is public), and so is any alias the
 * content check refuses (an existing page's slug, or one claimed twice): no redirect can
 * hide a page or depend on the order of files.
 */
export function aliasRedirects(
  documents: readonly SourceDocument[],
  context: PublicationContext,
  locales: readonly Locale[],
): AliasRedirect[] {
  const key = (type: DocumentType, slug: string) => `${type}/${slug}`;
  const slugs = new Set(documents.map((document) => key(document.type, document.slug)));
  const claims = new Map<string, number>();
  for (const document of documents) {
    for (const alias of new Set(aliasesOf(document).map((entry) => entry.alias))) {
      const id = key(document.type, alias);
      claims.set(id, (claims.get(id) ?? 0) + 1);
    }
  }

  return documents
    .filter((document) => isPublic(document, context))
    .flatMap((document) =>
      [...new Set(aliasesOf(document).map((entry) => entry.alias))]
        .filter((alias) => !slugs.has(key(document.type, alias)))
        .filter((alias) => claims.get(key(document.type, alias)) === 1)
        .flatMap((alias) =>
          locales.map((locale) => ({
            source: PATH[document.type](locale, alias),
            destination: PATH[document.type](locale, document.slug),
            permanent: true as const,
          })),
        ),
    );
}
