/** Browsing the archive by country, topic and year, and grouping items into a timeline. */
import type { Corpus, NewsItem } from "./content/model";
import { countryName } from "./format";
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from "./i18n/config";
import { perCorpus, perCorpusAndDay } from "./memo";
import { getPublishedNews } from "./news";
import type { PublicationContext } from "./publication";
import { slugFromText } from "./slugs";

/** Items that may be published without a rebuild: everything but drafts. */
const undrafted = perCorpus((corpus) => corpus.news.filter((item) => !item.draft));

const countryCodes = perCorpus(() => new Map<Locale, string[]>());

/** Countries named by any item that is or will be public, by name in the reader's language. */
export function getCountryCodes(corpus: Corpus, locale: Locale): string[] {
  const byLocale = countryCodes(corpus);
  let codes = byLocale.get(locale);
  if (!codes) {
    const found = new Set(undrafted(corpus).flatMap((item) => item.countries ?? []));
    codes = [...found].sort((a, b) => countryName(a, locale).localeCompare(countryName(b, locale)));
    byLocale.set(locale, codes);
  }
  return codes;
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
  /** The languages its topic file exists in (the default language's only, without a file). */
  languages: readonly Locale[];
  summary?: string;
};

/** The topic a tag names, in the corpus's language where it has a translated topic file. */
export function topicOf(corpus: Corpus, tag: string): Topic {
  const slug = tagSlug(tag);
  const file = corpus.tagsBySlug.get(slug);
  return file
    ? { slug, label: file.title, lang: file.lang, languages: file.languages, summary: file.summary }
    : { slug, label: tag, lang: DEFAULT_LOCALE, languages: [DEFAULT_LOCALE] };
}

/** Topics of items that are or will be public, alphabetical in the corpus's language. */
export const getTopics = perCorpus((corpus: Corpus): Topic[] => {
  const topics = new Map<string, Topic>();
  for (const item of undrafted(corpus)) {
    for (const tag of item.tags ?? []) {
      const topic = topicOf(corpus, tag);
      if (!topics.has(topic.slug)) topics.set(topic.slug, topic);
    }
  }
  const { compare } = new Intl.Collator(INTL_LOCALE[corpus.locale]);
  return [...topics.values()].sort((a, b) => compare(a.label, b.label));
});

/** The topic at /tags/<slug>, while an item that is or will be public names it. */
export function getTopic(corpus: Corpus, slug: string): Topic | undefined {
  return getTopics(corpus).find((topic) => topic.slug === slug);
}

/** Years with items that are or will be public, newest first. */
export const getYears = perCorpus((corpus: Corpus): number[] => {
  const years = new Set(undrafted(corpus).map((item) => Number(item.date.slice(0, 4))));
  return [...years].sort((a, b) => b - a);
});

/** Published items by country, topic and year, newest first: one pass a day. */
const publishedBy = perCorpusAndDay((corpus, context) => {
  const lists = {
    country: new Map<string, NewsItem[]>(),
    tag: new Map<string, NewsItem[]>(),
    year: new Map<number, NewsItem[]>(),
  };
  const add = <K>(map: Map<K, NewsItem[]>, key: K, item: NewsItem) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  for (const item of getPublishedNews(corpus, context)) {
    for (const code of item.countries ?? []) add(lists.country, code, item);
    for (const slug of new Set((item.tags ?? []).map(tagSlug))) add(lists.tag, slug, item);
    add(lists.year, Number(item.date.slice(0, 4)), item);
  }
  return lists;
});

export function getNewsForCountry(
  corpus: Corpus,
  context: PublicationContext,
  code: string,
): readonly NewsItem[] {
  return publishedBy(corpus, context).country.get(code) ?? [];
}

export function getNewsForTag(
  corpus: Corpus,
  context: PublicationContext,
  slug: string,
): readonly NewsItem[] {
  return publishedBy(corpus, context).tag.get(slug) ?? [];
}

export function getNewsForYear(
  corpus: Corpus,
  context: PublicationContext,
  year: number,
): readonly NewsItem[] {
  return publishedBy(corpus, context).year.get(year) ?? [];
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

/** A list readers can browse by: a year's, a country's or a topic's published news. */
export type BrowseList = {
  kind: "year" | "country" | "tag";
  /** The value in its address: 2021, kz, civil-society. */
  key: string;
  items: readonly NewsItem[];
  /** The languages the list's name exists in (a topic's file's); every language otherwise. */
  languages?: readonly Locale[];
};

/** Every year, country and topic list with public items or items to come, as readers browse them. */
export function browseLists(corpus: Corpus, context: PublicationContext): BrowseList[] {
  return [
    ...getYears(corpus).map((year) => ({
      kind: "year" as const,
      key: String(year),
      items: getNewsForYear(corpus, context, year),
    })),
    ...getCountryCodes(corpus, corpus.locale).map((code) => ({
      kind: "country" as const,
      key: code.toLowerCase(),
      items: getNewsForCountry(corpus, context, code),
    })),
    ...getTopics(corpus).map((topic) => ({
      kind: "tag" as const,
      key: topic.slug,
      items: getNewsForTag(corpus, context, topic.slug),
      languages: topic.languages,
    })),
  ];
}
