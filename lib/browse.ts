/** Browsing the archive by country, topic and year, and grouping items into a timeline. */
import type { Corpus, NewsItem } from "./content/model";
import { countryName } from "./format";
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from "./i18n/config";
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

/** A topic as readers see it: where a news item says `tags: [civil-society]`. */
export type Topic = {
  /** Its address: /tags/<slug>. */
  slug: string;
  /** Its topic file's title (content/tags/<slug>.md), translated where it is; else the tag as written. */
  label: string;
  /** The language the label is in. */
  lang: Locale;
  summary?: string;
};

/** The topic a tag names, in the corpus's language where it has a translated topic file. */
export function topicOf(corpus: Corpus, tag: string): Topic {
  const slug = tagSlug(tag);
  const file = corpus.tagsBySlug.get(slug);
  return file
    ? { slug, label: file.title, lang: file.lang, summary: file.summary }
    : { slug, label: tag, lang: DEFAULT_LOCALE };
}

/** Topics of items that are or will be public, alphabetical in the corpus's language. */
export function getTopics(corpus: Corpus): Topic[] {
  const topics = new Map<string, Topic>();
  for (const item of undrafted(corpus)) {
    for (const tag of item.tags ?? []) {
      const topic = topicOf(corpus, tag);
      if (!topics.has(topic.slug)) topics.set(topic.slug, topic);
    }
  }
  const { compare } = new Intl.Collator(INTL_LOCALE[corpus.locale]);
  return [...topics.values()].sort((a, b) => compare(a.label, b.label));
}

/** The topic at /tags/<slug>, while an item that is or will be public names it. */
export function getTopic(corpus: Corpus, slug: string): Topic | undefined {
  return getTopics(corpus).find((topic) => topic.slug === slug);
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
