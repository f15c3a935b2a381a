/**
 * Decisions proxy.ts makes about an address before any page renders: whether it must be
 * redirected (a non-canonical path, a renamed file's former address), and whether an
 * address whose page depends on the content (an article, a list page, an initiative, …, in
 * any language) shows a page today. Pages beyond those prerendered render on their first
 * request, so an address that names nothing must be answered here, with the prebuilt 404
 * page: a 404 rendered on demand reaches the reader without its HTML (vercel/next.js#62228).
 */
import { currentSlugOf } from "./aliases";
import {
  getCountryCodes,
  getNewsForCountry,
  getNewsForTag,
  getNewsForYear,
  getTopic,
  getYears,
} from "./browse";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./i18n/config";
import type { Corpus } from "./content/model";
import type { DocumentType } from "./content/schema";
import { SEARCH_QUERY_KEYS, initiativePath, newsPath, signatoryPath } from "./urls";
import { getNewsPage, getPublishedNewsItem } from "./news";
import { NEWS_PER_PAGE, pageFromSegments, paginate, parsePageNumber } from "./pagination";
import type { PublicationContext } from "./publication";

/** An address whose page exists only while the content has something to show there. */
export type ContentRoute =
  | { kind: "article"; slug: string }
  | { kind: "news-page"; page: number | undefined }
  | { kind: "year"; year: string; page: number | undefined }
  | { kind: "country"; code: string; page: number | undefined }
  | { kind: "tag"; slug: string; page: number | undefined }
  | { kind: "initiative"; slug: string }
  | { kind: "signatory"; slug: string };

/** The content route a path names, in any language; undefined for every other path. */
export function matchContentRoute(pathname: string): ContentRoute | undefined {
  const parts = pathname.split("/").filter(Boolean);
  if (parts[0] && parts[0] !== DEFAULT_LOCALE && isLocale(parts[0])) parts.shift();
  const [section, first, ...rest] = parts;
  if (first === undefined) return undefined;
  switch (section) {
    case "news":
      if (first === "page") {
        return rest.length === 1
          ? { kind: "news-page", page: parsePageNumber(rest[0]!) }
          : undefined;
      }
      if (first === "year" && rest[0] !== undefined) {
        return { kind: "year", year: rest[0], page: pageFromSegments(rest.slice(1)) };
      }
      return rest.length === 0 ? { kind: "article", slug: first } : undefined;
    case "countries":
      return { kind: "country", code: first, page: pageFromSegments(rest) };
    case "tags":
      return { kind: "tag", slug: first, page: pageFromSegments(rest) };
    case "initiatives":
      return rest.length === 0 ? { kind: "initiative", slug: first } : undefined;
    case "signatories":
      return rest.length === 0 ? { kind: "signatory", slug: first } : undefined;
    default:
      return undefined;
  }
}

/** Whether a content route shows a page today (drafts only where the context shows them). */
export function contentRouteExists(
  corpus: Corpus,
  context: PublicationContext,
  route: ContentRoute,
): boolean {
  const onPage = (items: readonly unknown[], page: number | undefined) =>
    page !== undefined && paginate(items, page, NEWS_PER_PAGE) !== undefined;
  switch (route.kind) {
    case "article":
      return getPublishedNewsItem(corpus, context, route.slug) !== undefined;
    case "news-page":
      return (
        route.page !== undefined &&
        getNewsPage(corpus, context, route.page, NEWS_PER_PAGE) !== undefined
      );
    case "year": {
      const year = /^\d{4}$/.test(route.year) ? Number(route.year) : Number.NaN;
      return (
        getYears(corpus).includes(year) && onPage(getNewsForYear(corpus, context, year), route.page)
      );
    }
    case "country": {
      const code = route.code.toUpperCase();
      return (
        route.code === route.code.toLowerCase() &&
        getCountryCodes(corpus, corpus.locale).includes(code) &&
        onPage(getNewsForCountry(corpus, context, code), route.page)
      );
    }
    case "tag":
      return (
        getTopic(corpus, route.slug) !== undefined &&
        onPage(getNewsForTag(corpus, context, route.slug), route.page)
      );
    case "initiative":
      return corpus.initiativesBySlug.has(route.slug);
    case "signatory":
      return corpus.signatoriesBySlug.has(route.slug);
  }
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
