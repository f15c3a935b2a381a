/**
 * Every address of the site, answered in one place: which page a path names, whether that
 * page shows something today, and where a non-canonical path must be redirected.
 *
 * Pages whose existence depends on the content (an article, an archive page, a year,
 * country or topic page, an initiative, an organisation, their preview images) each have
 * ONE resolver here. The page renders what its resolver returns, and `proxy.ts` answers an
 * address whose resolver returns nothing with the 404 page in the path's language — a 404
 * rendered on demand by a page would reach the reader without its HTML (vercel/next.js#62228).
 * Pages that always exist (home, lists, search, feeds) are `FIXED_PAGES`; the proxy's
 * matcher is derived from them (`proxyMatcher`), so it never runs for them.
 */
import { currentSlugOf } from "./aliases";
import {
  getCountryCodes,
  getNewsForCountry,
  getNewsForTag,
  getNewsForYear,
  getTopic,
  getYears,
  type Topic,
} from "./browse";
import { FOLDERS } from "./content/folders";
import type { Corpus, Initiative, NewsItem, Signatory } from "./content/model";
import type { DocumentType } from "./content/schema";
import { DEFAULT_LOCALE, TRANSLATION_LOCALES, isLocale, type Locale } from "./i18n/config";
import { localeOfPath } from "./i18n/path-locale";
import { getNewsPage, getPublishedNewsItem } from "./news";
import {
  NEWS_PER_PAGE,
  pageFromSegments,
  paginate,
  parsePageNumber,
  type Page,
} from "./pagination";
import type { PublicationContext } from "./publication";
import { SEARCH_QUERY_KEYS, documentPath } from "./urls";

/* ---------------------------------------------------------------- resolvers */

export function resolveArticle(
  corpus: Corpus,
  context: PublicationContext,
  slug: string,
): NewsItem | undefined {
  return getPublishedNewsItem(corpus, context, slug);
}

/** /news/page/N: pages after the first of the archive (the first is /news). */
export function resolveNewsPage(
  corpus: Corpus,
  context: PublicationContext,
  pageParam: string,
): Page<NewsItem> | undefined {
  const number = parsePageNumber(pageParam);
  if (number === undefined || number < 2) return undefined;
  return getNewsPage(corpus, context, number, NEWS_PER_PAGE);
}

/** The page of a list that `[[...page]]` segments name ([] is the first), or undefined. */
function pageOfList(
  items: readonly NewsItem[],
  segments: readonly string[] | undefined,
): Page<NewsItem> | undefined {
  const number = pageFromSegments(segments);
  return number === undefined ? undefined : paginate(items, number, NEWS_PER_PAGE);
}

/** /news/year/YYYY[/page/N] while that year has public items. */
export function resolveYear(
  corpus: Corpus,
  context: PublicationContext,
  yearParam: string,
  segments: readonly string[] | undefined,
): { year: number; page: Page<NewsItem> } | undefined {
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : Number.NaN;
  if (!getYears(corpus).includes(year)) return undefined;
  const page = pageOfList(getNewsForYear(corpus, context, year), segments);
  return page && { year, page };
}

/** /countries/<code>[/page/N], the code in lower case, while items name the country. */
export function resolveCountry(
  corpus: Corpus,
  context: PublicationContext,
  codeParam: string,
  segments: readonly string[] | undefined,
): { code: string; page: Page<NewsItem> } | undefined {
  const code = codeParam.toUpperCase();
  if (codeParam !== codeParam.toLowerCase()) return undefined;
  if (!getCountryCodes(corpus, corpus.locale).includes(code)) return undefined;
  const page = pageOfList(getNewsForCountry(corpus, context, code), segments);
  return page && { code, page };
}

/** /tags/<slug>[/page/N] while items name the topic. */
export function resolveTag(
  corpus: Corpus,
  context: PublicationContext,
  slug: string,
  segments: readonly string[] | undefined,
): { topic: Topic; page: Page<NewsItem> } | undefined {
  const topic = getTopic(corpus, slug);
  const page = topic && pageOfList(getNewsForTag(corpus, context, slug), segments);
  return topic && page && { topic, page };
}

export function resolveInitiative(corpus: Corpus, slug: string): Initiative | undefined {
  return corpus.initiativesBySlug.get(slug);
}

export function resolveSignatory(corpus: Corpus, slug: string): Signatory | undefined {
  return corpus.signatoriesBySlug.get(slug);
}

/* ---------------------------------------------------------------- the address table */

/**
 * Pages that exist in every language whatever the content: the language's root and these
 * first segments with nothing after them. `search` is not among them: its results get a
 * fresh nonce from the proxy.
 */
export const FIXED_PAGES = [
  "news",
  "initiatives",
  "signatories",
  "staying-safe-online",
  "feed.xml",
  "atom.xml",
  "feed.json",
  "opengraph-image",
] as const;

/** Files at the site's root, and folders of files, that are never pages. */
export const SITE_FILES = ["favicon.ico", "icon.svg", "robots.txt", "sitemap.xml"] as const;
/** Folders of files: Next's own assets, pictures kept in public/images/, the content's
 * pictures and documents made by the media build (lib/media), and the site's fonts
 * (scripts/vendor-fonts.ts). */
export const FILE_FOLDERS = ["_next/", "images/", "media/", "fonts/"] as const;

/** What a path names. `locale` is the language its prefix gives (the default without one). */
export type Route = { locale: Locale } & (
  | { kind: "file" }
  | { kind: "fixed" }
  | { kind: "search" }
  | { kind: "article"; slug: string }
  | { kind: "news-page"; page: string }
  | { kind: "year"; year: string; segments: string[] }
  | { kind: "country"; code: string; segments: string[] }
  | { kind: "tag"; slug: string; segments: string[] }
  | { kind: "initiative"; slug: string }
  | { kind: "signatory"; slug: string }
  | { kind: "preview"; of: DocumentType; slug: string }
  | { kind: "unknown" }
);

export { localeOfPath };

const FIXED = new Set<string>(FIXED_PAGES);

const FILES = new Set<string>(SITE_FILES);

/** The page a path names, in any language (also under the default language's prefix, /en/…). */
export function matchRoute(pathname: string): Route {
  const locale = localeOfPath(pathname);
  const parts = pathname.split("/").filter(Boolean);
  if (locale !== DEFAULT_LOCALE || parts[0] === DEFAULT_LOCALE) parts.shift();
  const [section, first, ...rest] = parts;
  const route = (value: DistributiveOmit<Route, "locale">): Route => ({ locale, ...value });
  const isFile = FILE_FOLDERS.some((folder) => pathname.startsWith(`/${folder}`));
  if (isFile || (parts.length === 1 && FILES.has(section!) && pathname === `/${section}`)) {
    return route({ kind: "file" });
  }
  if (section === undefined) return route({ kind: "fixed" });
  if (first === undefined) {
    if (FIXED.has(section)) return route({ kind: "fixed" });
    return route({ kind: section === "search" ? "search" : "unknown" });
  }
  const preview = rest.length === 1 && rest[0] === "opengraph-image";
  switch (section) {
    case FOLDERS.news:
      if (first === "page" && rest.length === 1)
        return route({ kind: "news-page", page: rest[0]! });
      if (first === "year" && rest.length > 0) {
        return route({ kind: "year", year: rest[0]!, segments: rest.slice(1) });
      }
      if (preview) return route({ kind: "preview", of: "news", slug: first });
      return route(rest.length === 0 ? { kind: "article", slug: first } : { kind: "unknown" });
    case "countries":
      return route({ kind: "country", code: first, segments: rest });
    case FOLDERS.tag:
      return route({ kind: "tag", slug: first, segments: rest });
    case FOLDERS.initiative:
      if (preview) return route({ kind: "preview", of: "initiative", slug: first });
      return route(rest.length === 0 ? { kind: "initiative", slug: first } : { kind: "unknown" });
    case FOLDERS.signatory:
      if (preview) return route({ kind: "preview", of: "signatory", slug: first });
      return route(rest.length === 0 ? { kind: "signatory", slug: first } : { kind: "unknown" });
    default:
      return route({ kind: "unknown" });
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Whether the page a route names shows something today: its resolver returned something. */
export function routeExists(corpus: Corpus, context: PublicationContext, route: Route): boolean {
  switch (route.kind) {
    case "file":
    case "fixed":
    case "search":
      return true;
    case "unknown":
      return false;
    case "article":
      return resolveArticle(corpus, context, route.slug) !== undefined;
    case "news-page":
      return resolveNewsPage(corpus, context, route.page) !== undefined;
    case "year":
      return resolveYear(corpus, context, route.year, route.segments) !== undefined;
    case "country":
      return resolveCountry(corpus, context, route.code, route.segments) !== undefined;
    case "tag":
      return resolveTag(corpus, context, route.slug, route.segments) !== undefined;
    case "initiative":
      return resolveInitiative(corpus, route.slug) !== undefined;
    case "signatory":
      return resolveSignatory(corpus, route.slug) !== undefined;
    case "preview":
      return route.of === "news"
        ? resolveArticle(corpus, context, route.slug) !== undefined
        : route.of === "initiative"
          ? resolveInitiative(corpus, route.slug) !== undefined
          : resolveSignatory(corpus, route.slug) !== undefined;
  }
}

/* ---------------------------------------------------------------- the proxy's matcher */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Set by the server hook, in production, on a request it found to need nothing from proxy.ts
 * (lib/http/page-request.ts decides for both): the proxy's matcher skips it, sparing the
 * request Next's machinery around a proxy. The hook removes it from every request it receives,
 * so no client can set it.
 */
export const PAGE_REQUEST_CHECKED_HEADER = "x-page-request-checked";

/**
 * The paths proxy.ts runs for, as Next's `config.matcher` wants them: every path except
 * files and `FIXED_PAGES` (so those are served without it); trailing slashes (redirected);
 * and the news list with a search query or filter (its results get a nonce) — each unless
 * the server hook has checked the request already. proxy.ts must state it as a literal (Next
 * reads it from the source at build time); a unit test checks that the literal is this value
 * and that it matches what `matchRoute` expects.
 */
export function proxyMatcher() {
  const prefixes = TRANSLATION_LOCALES.join("|");
  const files = [
    ...FILE_FOLDERS.map(escapeRegExp),
    ...SITE_FILES.map((file) => `${escapeRegExp(file)}$`),
  ];
  const fixed = FIXED_PAGES.map(escapeRegExp).join("|");
  const languagePrefix = prefixes ? `(?:(?:${prefixes})(?:/|$))?` : "";
  const missing = [{ type: "header" as const, key: PAGE_REQUEST_CHECKED_HEADER }];
  return [
    { source: `/((?!${files.join("|")})(?!${languagePrefix}(?:${fixed})?$).*)`, missing },
    { source: "/:path+/", missing },
    ...SEARCH_QUERY_KEYS.map((key) => ({
      source: "/:locale?/news",
      has: [{ type: "query" as const, key }],
      missing,
    })),
  ];
}

/* ---------------------------------------------------------------- redirects */

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

/** The types whose pages a renamed file's former address can name. */
const RENAMEABLE = ["news", "initiative", "signatory"] as const;

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
  const type = RENAMEABLE.find((candidate) => FOLDERS[candidate] === parts[0]);
  if (!type) return undefined;
  const slug = currentSlugOf(corpus, context, type, parts[1]!);
  return slug === undefined ? undefined : documentPath(locale, type, slug);
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
export function isSearchRequest(
  pathname: string,
  query: URLSearchParams,
  route: Route = matchRoute(pathname),
): boolean {
  if (route.kind === "search") return true;
  if (route.kind !== "fixed") return false;
  const parts = pathname.split("/").filter(Boolean);
  if (route.locale !== DEFAULT_LOCALE) parts.shift();
  return (
    parts.length === 1 && parts[0] === "news" && SEARCH_QUERY_KEYS.some((key) => query.has(key))
  );
}
