/**
 * Decisions proxy.ts makes about an address before any page renders: whether it must be
 * redirected (a non-canonical path, a renamed file's former address), and whether a dated
 * address (an article, /news/<slug>, or an archive page, /news/page/<n>, in any language)
 * shows a page today — until it is published it gets the prebuilt 404 page.
 */
import { currentSlugOf } from "./aliases";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./i18n/config";
import type { Corpus } from "./content/model";
import type { DocumentType } from "./content/schema";
import { SEARCH_QUERY_KEYS, initiativePath, newsPath, signatoryPath } from "./urls";
import { getNewsPage, getPublishedNewsItem } from "./news";
import { NEWS_PER_PAGE, parsePageNumber } from "./pagination";
import type { PublicationContext } from "./publication";

export type DatedRoute =
  | { kind: "article"; locale: Locale; slug: string }
  | { kind: "news-page"; locale: Locale; page: number | undefined };

export function matchDatedRoute(pathname: string): DatedRoute | undefined {
  const parts = pathname.split("/").filter(Boolean);
  let locale: Locale = DEFAULT_LOCALE;
  if (parts[0] && parts[0] !== DEFAULT_LOCALE && isLocale(parts[0]))
    locale = parts.shift() as Locale;
  if (parts[0] !== "news") return undefined;
  if (parts.length === 2) return { kind: "article", locale, slug: parts[1]! };
  if (parts.length === 3 && parts[1] === "page") {
    return { kind: "news-page", locale, page: parsePageNumber(parts[2]!) };
  }
  return undefined;
}

/** Whether a dated address shows a page today (drafts only where the context shows them). */
export function isDatedRoutePublic(
  corpus: Corpus,
  context: PublicationContext,
  route: DatedRoute,
): boolean {
  if (route.kind === "article") return Boolean(getPublishedNewsItem(corpus, context, route.slug));
  return (
    route.page !== undefined && Boolean(getNewsPage(corpus, context, route.page, NEWS_PER_PAGE))
  );
}

/**
 * The one address of a page reached by a non-canonical path, or undefined when the path is
 * canonical: without the default language's prefix (/en/news → /news), without a trailing
 * slash (/news/ → /news), and /news for the first archive page (/news/page/1 → /news).
 * proxy.ts answers these with a permanent redirect that carries the security headers
 * (Next's own redirects carry no custom headers).
 */
export function canonicalPath(pathname: string): string | undefined {
  let path = pathname;
  if (path.length > 1) path = path.replace(/\/+$/, "") || "/";
  const prefix = `/${DEFAULT_LOCALE}`;
  if (path === prefix) path = "/";
  else if (path.startsWith(`${prefix}/`)) path = path.slice(prefix.length);
  path = path.replace(/^((?:\/[^/]+)?)\/news\/page\/1$/, (match, localePrefix: string) =>
    localePrefix === "" || isLocale(localePrefix.slice(1)) ? `${localePrefix}/news` : match,
  );
  // Never `//host` or `/\host`, which a browser would read as another site.
  path = path.replace(/^[/\\]+/, "/");
  return path === pathname ? undefined : path;
}

/** The document page types and their first path segment. */
const DOCUMENT_SEGMENTS: Record<
  string,
  { type: DocumentType; path: (locale: Locale, slug: string) => string }
> = {
  news: { type: "news", path: newsPath },
  initiatives: { type: "initiative", path: initiativePath },
  signatories: { type: "signatory", path: signatoryPath },
};

/**
 * The current address of a renamed document reached by one of its former addresses
 * (`aliases`), e.g. /initiatives/spotlight → /initiatives/spotlight-initiative, in any
 * language; undefined for every other path.
 */
export function aliasPath(
  corpus: Corpus,
  context: PublicationContext,
  pathname: string,
): string | undefined {
  const parts = pathname.split("/").filter(Boolean);
  let locale: Locale = DEFAULT_LOCALE;
  if (parts.length === 3 && isLocale(parts[0]!)) locale = parts.shift() as Locale;
  if (parts.length !== 2) return undefined;
  const segment = DOCUMENT_SEGMENTS[parts[0]!];
  if (!segment) return undefined;
  const slug = currentSlugOf(corpus, context, segment.type, parts[1]!);
  return slug === undefined ? undefined : segment.path(locale, slug);
}

/**
 * Where a request for `pathname` must be sent instead, in one hop, or undefined to serve it:
 * its canonical form, then the current address if that is a renamed document's former one.
 */
export function redirectFor(
  corpus: Corpus,
  context: PublicationContext,
  pathname: string,
): string | undefined {
  const canonical = canonicalPath(pathname) ?? pathname;
  const target = aliasPath(corpus, context, canonical) ?? canonical;
  return target === pathname ? undefined : target;
}

/**
 * Whether a request shows search results, which are rendered for each request: the search
 * page, or the news list with a query or a filter (next.config.ts rewrites it to search).
 */
export function isSearchRequest(pathname: string, query: URLSearchParams): boolean {
  const parts = pathname.split("/").filter(Boolean);
  if (parts.length === 2 && isLocale(parts[0]!)) parts.shift();
  if (parts.length !== 1) return false;
  if (parts[0] === "search") return true;
  return parts[0] === "news" && SEARCH_QUERY_KEYS.some((key) => query.has(key));
}
