/** Queries over news items. Pure: they take the corpus and the publication context. */
import type { Corpus, Initiative, NewsItem, Signatory } from "./content/model";
import { perCorpusAndDay } from "./memo";
import { paginate, type Page } from "./pagination";
import { isPublished, type PublicationContext } from "./publication";

/** Public news, newest first (worked out once a day; the list is shared, not to be changed). */
export const getPublishedNews: (
  corpus: Corpus,
  context: PublicationContext,
) => readonly NewsItem[] = perCorpusAndDay((corpus, context) =>
  corpus.news.filter((item) => isPublished(item, context)),
);

export function getNewsPage(
  corpus: Corpus,
  context: PublicationContext,
  page: number,
  perPage: number,
): Page<NewsItem> | undefined {
  return paginate(getPublishedNews(corpus, context), page, perPage);
}

/** A public news item by slug; drafts and scheduled items are not found. */
export function getPublishedNewsItem(
  corpus: Corpus,
  context: PublicationContext,
  slug: string,
): NewsItem | undefined {
  const item = corpus.newsBySlug.get(slug);
  return item && isPublished(item, context) ? item : undefined;
}

export function getLatestStatement(
  corpus: Corpus,
  context: PublicationContext,
): NewsItem | undefined {
  return getPublishedNews(corpus, context).find((item) => item.category === "statement");
}

/** Public news naming a document in one of its lists, newest first. */
function getNewsNaming(
  corpus: Corpus,
  context: PublicationContext,
  field: "initiatives" | "signatories",
  slug: string,
): NewsItem[] {
  return getPublishedNews(corpus, context).filter((item) => item[field]?.includes(slug));
}

/** Public news naming an initiative, newest first. */
export const getNewsForInitiative = (corpus: Corpus, context: PublicationContext, slug: string) =>
  getNewsNaming(corpus, context, "initiatives", slug);

/** Public statements a signatory signed, newest first. */
export const getStatementsSignedBy = (corpus: Corpus, context: PublicationContext, slug: string) =>
  getNewsNaming(corpus, context, "signatories", slug);

/** The signatories of an item, in the order they signed. */
export function getSignatoriesOf(corpus: Corpus, item: NewsItem): Signatory[] {
  return (item.signatories ?? []).flatMap((slug) => corpus.signatoriesBySlug.get(slug) ?? []);
}

/** The initiatives an item names, in the order the editor listed them. */
export function getInitiativesOf(corpus: Corpus, item: NewsItem): Initiative[] {
  return (item.initiatives ?? []).flatMap((slug) => corpus.initiativesBySlug.get(slug) ?? []);
}

/** Every public article, for prerendering (an unknown slug then gets the prebuilt 404 page). */
export function getPublishedNewsSlugs(corpus: Corpus, context: PublicationContext): string[] {
  return getPublishedNews(corpus, context).map((item) => item.slug);
}
