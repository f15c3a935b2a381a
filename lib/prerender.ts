/**
 * What `next build` renders ahead of time. Readers mostly open what is new, and the first
 * pages of lists; the long tail of the archive renders on its first request and is then
 * cached like a prerendered page (incremental static regeneration, hourly), so the build's
 * time and size stay flat however large the archive grows. proxy.ts answers addresses that
 * name no page with the prebuilt 404 page, so nothing unknown is ever rendered on demand.
 *
 * In the languages that fall back (the region's national languages, whose items mostly show
 * their Russian or English text until translators catch up), an item's page is prerendered
 * only where the item is translated into the language; the others render on their first
 * request, then are cached the same way. The build thus grows with the translations, not with
 * the number of languages (docs/performance.md: seven languages against two).
 */
import { browseLists, type BrowseList } from "./browse";
import type { Corpus } from "./content/model";
import { DEFAULT_LOCALE, FALLBACK_LOCALES, localeFromParam, type Locale } from "./i18n/config";
import { getPublishedNews } from "./news";
import { NEWS_PER_PAGE, pageSegments } from "./pagination";
import type { PublicationContext } from "./publication";

export const PRERENDER = {
  /** The newest articles of each language: the home page, the feeds and shares lead there. */
  articles: 100,
  /** Link-preview images of the newest articles, which are the ones being shared. */
  articleImages: 20,
  /** The first pages of each list: the archive, and each year, country and topic. */
  listPages: 2,
  /** The organisations that signed the most statements. */
  signatories: 100,
} as const;

/**
 * Whether an item's page in `locale` is prerendered: in a language without a fallback chain
 * always, in one that falls back only where the item is translated into it (see above).
 */
export function prerendersItem(locale: Locale, item: { languages: readonly Locale[] }): boolean {
  return FALLBACK_LOCALES[locale].length === 0 || item.languages.includes(locale);
}

/**
 * The items to prerender in `locale` among `candidates` (in order of priority): those it
 * prerenders, and never none while there are candidates — when a page's `generateStaticParams`
 * returns nothing for one language, Next 16 passes that language on without the page's own
 * parameter, and the build then prerenders the route in no language at all.
 */
function inLanguage<T extends { slug: string; languages: readonly Locale[] }>(
  locale: Locale,
  candidates: readonly T[],
): string[] {
  const chosen = candidates.filter((item) => prerendersItem(locale, item));
  return (chosen.length > 0 ? chosen : candidates.slice(0, 1)).map((item) => item.slug);
}

/** Slugs of the newest public articles, to prerender in `locale`. */
export function prerenderedArticles(
  corpus: Corpus,
  context: PublicationContext,
  locale: Locale,
  count: number = PRERENDER.articles,
): string[] {
  return inLanguage(locale, getPublishedNews(corpus, context).slice(0, count));
}

/** Slugs of the initiatives, to prerender in `locale` (every one: they are few). */
export function prerenderedInitiatives(corpus: Corpus, locale: Locale): string[] {
  return inLanguage(locale, corpus.initiatives);
}

/** The `[[...page]]` values of a list's first pages ([], ["page", "2"]), to prerender. */
export function prerenderedListPages(count: number): string[][] {
  return pageSegments(count, NEWS_PER_PAGE).slice(0, PRERENDER.listPages);
}

/** Slugs of the organisations with the most public statements, to prerender in `locale`. */
export function prerenderedSignatories(
  corpus: Corpus,
  context: PublicationContext,
  locale: Locale,
): string[] {
  const statements = new Map<string, number>();
  for (const item of getPublishedNews(corpus, context)) {
    for (const slug of item.signatories ?? [])
      statements.set(slug, (statements.get(slug) ?? 0) + 1);
  }
  const count = (slug: string) => statements.get(slug) ?? 0;
  return inLanguage(
    locale,
    [...corpus.signatories]
      .sort((a, b) => count(b.slug) - count(a.slug) || a.slug.localeCompare(b.slug))
      .slice(0, PRERENDER.signatories),
  );
}

/** The archive's pages after the first (/news/page/N) to prerender. */
export function prerenderedArchivePages(corpus: Corpus, context: PublicationContext) {
  return prerenderedListPages(getPublishedNews(corpus, context).length)
    .filter((segments) => segments.length > 0)
    .map(([, page]) => ({ page: page! }));
}

/** The first pages of each year's, country's or topic's list to prerender: `{ key, page }`. */
export function prerenderedBrowsePages(
  corpus: Corpus,
  context: PublicationContext,
  kind: BrowseList["kind"],
): { key: string; page: string[] }[] {
  return browseLists(corpus, context)
    .filter((list) => list.kind === kind)
    .flatMap((list) =>
      prerenderedListPages(list.items.length).map((page) => ({ key: list.key, page })),
    );
}

/**
 * An item page's `generateStaticParams`: `{ slug }` for each slug `pick` prerenders in the
 * language Next passes down from `app/[locale]/layout.tsx`.
 */
export function slugParamsIn(
  parent: { locale: string },
  pick: (locale: Locale) => readonly string[],
): { slug: string }[] {
  return pick(localeFromParam(parent.locale) ?? DEFAULT_LOCALE).map((slug) => ({ slug }));
}
