/** "Related" items under an article: what shares its initiatives, topics and countries. */
import type { Corpus, NewsItem } from "./content/model";
import { getPublishedNews } from "./news";
import type { PublicationContext } from "./publication";

const WEIGHTS = { initiative: 3, tag: 2, country: 1 } as const;

const shared = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.filter((value) => b.includes(value)).length;

/** Up to `limit` public items sharing most with `item`; ties go to the newest. */
export function getRelatedNews(
  corpus: Corpus,
  context: PublicationContext,
  item: NewsItem,
  limit = 3,
): NewsItem[] {
  return getPublishedNews(corpus, context)
    .filter((other) => other.slug !== item.slug)
    .map((other) => ({
      other,
      score:
        WEIGHTS.initiative * shared(item.initiatives, other.initiatives) +
        WEIGHTS.tag * shared(item.tags, other.tags) +
        WEIGHTS.country * shared(item.countries, other.countries),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score) // stable: equal scores keep newest-first order
    .slice(0, limit)
    .map(({ other }) => other);
}
