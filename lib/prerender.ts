/**
 * What `next build` renders ahead of time. Readers mostly open what is new, and the first
 * pages of lists; the long tail of the archive renders on its first request and is then
 * cached like a prerendered page (incremental static regeneration, hourly), so the build's
 * time and size stay flat however large the archive grows. proxy.ts answers addresses that
 * name no page with the prebuilt 404 page, so nothing unknown is ever rendered on demand.
 */
import { browseLists, type BrowseList } from "./browse";
import type { Corpus } from "./content/model";
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

/** Slugs of the newest public articles, to prerender. */
export function prerenderedArticles(
  corpus: Corpus,
  context: PublicationContext,
  count: number = PRERENDER.articles,
): string[] {
  return getPublishedNews(corpus, context)
    .slice(0, count)
    .map((item) => item.slug);
}

/** The `[[...page]]` values of a list's first pages ([], ["page", "2"]), to prerender. */
export function prerenderedListPages(count: number): string[][] {
  return pageSegments(count, NEWS_PER_PAGE).slice(0, PRERENDER.listPages);
}

/** Slugs of the organisations with the most public statements, to prerender. */
export function prerenderedSignatories(corpus: Corpus, context: PublicationContext): string[] {
  const statements = new Map<string, number>();
  for (const item of getPublishedNews(corpus, context)) {
    for (const slug of item.signatories ?? [])
      statements.set(slug, (statements.get(slug) ?? 0) + 1);
  }
  return corpus.signatories
    .map((signatory) => signatory.slug)
    .sort((a, b) => (statements.get(b) ?? 0) - (statements.get(a) ?? 0) || a.localeCompare(b))
    .slice(0, PRERENDER.signatories);
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
