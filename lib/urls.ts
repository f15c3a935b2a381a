/** Every URL path of the site is built here, so routes and links never disagree. */
import { FOLDERS } from "./content/folders";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./i18n/config";

export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/**
 * The same page in another language: every page exists in every language at the same path
 * after the language's prefix (/news/x ↔ /ru/news/x). A query string or fragment is kept.
 */
export function pathInLocale(path: string, locale: Locale): string {
  const cut = path.search(/[?#]/);
  const pathname = cut < 0 ? path : path.slice(0, cut);
  const rest = cut < 0 ? "" : path.slice(cut);
  const [, first = "", ...others] = pathname.split("/");
  const neutral = isLocale(first) ? `/${others.join("/")}` : pathname;
  return localePath(locale, neutral) + rest;
}

/** A page's address in every language, for hreflang links and the sitemap. */
export function pathsInEveryLocale(path: string): Record<Locale, string> {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, pathInLocale(path, locale)]),
  ) as Record<Locale, string>;
}

export const homePath = (locale: Locale) => localePath(locale, "/");
export const newsListPath = (locale: Locale, page = 1) =>
  localePath(locale, page <= 1 ? "/news" : `/news/page/${page}`);
/** A document's page: /news/x, /initiatives/x, /signatories/x (in the language's prefix). */
export const documentPath = (
  locale: Locale,
  type: "news" | "initiative" | "signatory",
  slug: string,
) => localePath(locale, `/${FOLDERS[type]}/${slug}`);
export const newsPath = (locale: Locale, slug: string) => documentPath(locale, "news", slug);
export const initiativesPath = (locale: Locale) => localePath(locale, "/initiatives");
export const initiativePath = (locale: Locale, slug: string) =>
  documentPath(locale, "initiative", slug);
export const signatoriesPath = (locale: Locale) => localePath(locale, "/signatories");
export const signatoryPath = (locale: Locale, slug: string) =>
  documentPath(locale, "signatory", slug);

/** A path with an optional /page/N suffix for pages after the first. */
const paged = (path: string, page: number) => (page <= 1 ? path : `${path}/page/${page}`);

export const countryPath = (locale: Locale, code: string, page = 1) =>
  localePath(locale, paged(`/countries/${code.toLowerCase()}`, page));
export const tagPath = (locale: Locale, slug: string, page = 1) =>
  localePath(locale, paged(`/tags/${slug}`, page));
export const yearPath = (locale: Locale, year: number, page = 1) =>
  localePath(locale, paged(`/news/year/${year}`, page));

/** A page of a year's, country's or topic's list, by the value in its address. */
export function browsePath(
  locale: Locale,
  kind: "year" | "country" | "tag",
  key: string,
  page = 1,
): string {
  if (kind === "year") return yearPath(locale, Number(key), page);
  return kind === "country" ? countryPath(locale, key, page) : tagPath(locale, key, page);
}

/** The search page's filters, as query parameters (the news list takes them too). */
export const FILTER_KEYS = ["category", "country", "initiative", "signatory", "year"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** Every query parameter that makes a search: the words, then the filters. */
export const SEARCH_QUERY_KEYS = ["q", ...FILTER_KEYS] as const;

/** The search page with a query string; empty values are left out. */
export function searchPath(
  locale: Locale,
  params: Record<string, string | number | undefined> = {},
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  const search = query.toString();
  return localePath(locale, "/search") + (search ? `?${search}` : "");
}
/** The three news feeds of a language: /feed.xml, /atom.xml, /feed.json (/ru/feed.xml …). */
export const FEED_FORMATS = ["rss", "atom", "json"] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];
const FEED_FILES: Record<FeedFormat, string> = {
  rss: "/feed.xml",
  atom: "/atom.xml",
  json: "/feed.json",
};
export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};
export const feedPath = (locale: Locale, format: FeedFormat) =>
  localePath(locale, FEED_FILES[format]);

/** One sitemap and one robots.txt for the whole site, every language included. */
export const sitemapPath = () => "/sitemap.xml";

/**
 * The generated link-preview image of a page: the `opengraph-image.tsx` route beside the
 * page (app/[locale]/…/opengraph-image.tsx). Home, lists and other pages without their own
 * image share the site's card at the language's root.
 */
export const previewImagePath = (pagePath: string) =>
  `${pagePath === "/" ? "" : pagePath}/opengraph-image`;
export const safetyPath = (locale: Locale) => localePath(locale, "/staying-safe-online");
