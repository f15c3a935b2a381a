/** Browsing the archive by country, topic and year, and grouping items into a timeline. */
import type { Corpus, NewsItem } from "./content/model";
import { countryName } from "./format";
import type { Locale } from "./i18n/config";
import { getPublishedNews } from "./news";
import type { PublicationContext } from "./publication";
import { slugFromText } from "./slugs";

/** Items that may be published without a rebuild: everything but drafts. */
const undrafted = (corpus: Corpus) => corpus.news.filter((item) => !item.draft);

/** Countries named by any item that is or will be public, by name in the reader's language. */
export function getCountryCodes(corpus: Corpus, locale: Locale): string[] {
  const codes = new Set(undrafted(corpus).flatMap((item) => item.countries ?? []));
  return [...codes].sort((a, b) => countryName(a, locale).localeCompare(countryName(b, locale)));
}

export const tagSlug = (tag: string) => slugFromText(tag);

/** Topics (tags) of items that are or will be public, keyed by their URL slug. */
export function getTags(corpus: Corpus): Map<string, string> {
  const tags = new Map<string, string>();
  for (const item of undrafted(corpus)) {
    for (const tag of item.tags ?? []) if (!tags.has(tagSlug(tag))) tags.set(tagSlug(tag), tag);
  }
  return new Map([...tags].sort((a, b) => a[1].localeCompare(b[1])));
}

/** Years with items that are or will be public, newest first. */
export function getYears(corpus: Corpus): number[] {
  const years = new Set(undrafted(corpus).map((item) => Number(item.date.slice(0, 4))));
  return [...years].sort((a, b) => b - a);
}

export function getNewsForCountry(corpus: Corpus, context: PublicationContext, code: string) {
  return getPublishedNews(corpus, context).filter((item) => item.countries?.includes(code));
}

export function getNewsForTag(corpus: Corpus, context: PublicationContext, slug: string) {
  return getPublishedNews(corpus, context).filter((item) =>
    (item.tags ?? []).some((tag) => tagSlug(tag) === slug),
  );
}

export function getNewsForYear(corpus: Corpus, context: PublicationContext, year: number) {
  return getPublishedNews(corpus, context).filter((item) => item.date.startsWith(`${year}-`));
}

export type YearGroup = { year: number; items: NewsItem[] };

/** Items grouped by year, newest year first, keeping the items' order. */
export function groupByYear(items: readonly NewsItem[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const item of items) {
    const year = Number(item.date.slice(0, 4));
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups.sort((a, b) => b.year - a.year);
}
