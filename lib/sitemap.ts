/**
 * Every public page of every language for /sitemap.xml. `lastModified` is the newest date
 * of what the page shows: an article's update or publication date; for a list, initiative or
 * signatory page, the newest of the articles it lists. Pages that show no dated content
 * (the initiative and signatory indexes) carry no date rather than an invented one.
 * Country, topic and year pages are listed while they have published items.
 */
import type { Corpus, NewsItem } from "./content/model";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./i18n/config";
import { getInitiativesOf, getPublishedNews, getSignatoriesOf } from "./news";
import { NEWS_PER_PAGE } from "./pagination";
import { browseLists } from "./browse";
import type { PublicationContext } from "./publication";
import { absoluteUrl } from "./site";
import {
  browsePath,
  documentPath,
  homePath,
  initiativesPath,
  newsListPath,
  newsPath,
  pathsInEveryLocale,
  signatoriesPath,
} from "./urls";

export type SitemapEntry = {
  url: string;
  lastModified?: string;
  /** The same page in every language (hreflang), and `x-default`: the default language's. */
  alternates: { languages: Record<string, string> };
};

const modified = (item: NewsItem) => item.updated ?? item.date;

function newest(items: readonly NewsItem[]): string | undefined {
  return items.map(modified).sort().at(-1);
}

/** Every public page of every language: one corpus per language, as readers see it. */
export function sitemapEntries(
  corpora: readonly Corpus[],
  context: PublicationContext,
  env: NodeJS.ProcessEnv = process.env,
): SitemapEntry[] {
  return corpora.flatMap((corpus) => entriesOf(corpus, context, env));
}

function entriesOf(
  corpus: Corpus,
  context: PublicationContext,
  env: NodeJS.ProcessEnv,
): SitemapEntry[] {
  const { locale } = corpus;
  const news = getPublishedNews(corpus, context);
  const latest = newest(news);
  // Which published articles each initiative and signatory page lists.
  const byInitiative = new Map<string, NewsItem[]>();
  const bySignatory = new Map<string, NewsItem[]>();
  for (const item of news) {
    for (const initiative of getInitiativesOf(corpus, item)) {
      byInitiative.set(initiative.slug, [...(byInitiative.get(initiative.slug) ?? []), item]);
    }
    for (const signatory of getSignatoriesOf(corpus, item)) {
      bySignatory.set(signatory.slug, [...(bySignatory.get(signatory.slug) ?? []), item]);
    }
  }
  const pages = Math.max(1, Math.ceil(news.length / NEWS_PER_PAGE));

  /** A page, with its versions in the languages it exists in (every one for the interface's pages). */
  const entry = (
    path: string,
    lastModified?: string,
    available: readonly Locale[] = LOCALES,
  ): SitemapEntry => {
    const languages: Record<string, string> = {};
    for (const [language, localized] of Object.entries(pathsInEveryLocale(path))) {
      if (available.includes(language as Locale)) languages[language] = absoluteUrl(localized, env);
    }
    languages["x-default"] = languages[DEFAULT_LOCALE]!;
    return {
      url: absoluteUrl(path, env),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages },
    };
  };

  /** Every page of a browse list (country, topic, year) that has published items. */
  const browse = (
    items: readonly NewsItem[],
    pathFor: (page: number) => string,
    available?: readonly Locale[],
  ) =>
    Array.from({ length: Math.ceil(items.length / NEWS_PER_PAGE) }, (_, index) =>
      entry(pathFor(index + 1), newest(items.slice(index * NEWS_PER_PAGE)), available),
    );
  /** Only an item's real versions are listed: a page showing another language's text is not. */
  const inThisLanguage = <T extends { languages: readonly Locale[] }>(items: readonly T[]) =>
    items.filter((item) => item.languages.includes(locale));

  const documentIndexes: {
    indexPath: (locale: Locale) => string;
    type: "initiative" | "signatory";
    documents: readonly { slug: string; languages: readonly Locale[] }[];
    listed: ReadonlyMap<string, NewsItem[]>;
  }[] = [
    {
      indexPath: initiativesPath,
      type: "initiative",
      documents: corpus.initiatives,
      listed: byInitiative,
    },
    {
      indexPath: signatoriesPath,
      type: "signatory",
      documents: corpus.signatories,
      listed: bySignatory,
    },
  ];

  return [
    entry(homePath(locale), latest),
    ...Array.from({ length: pages }, (_, index) => entry(newsListPath(locale, index + 1), latest)),
    ...inThisLanguage(news).map((item) =>
      entry(newsPath(locale, item.slug), modified(item), item.languages),
    ),
    // Each initiative's and organisation's page is dated by the newest article it lists.
    ...documentIndexes.flatMap(({ indexPath, type, documents, listed }) => [
      entry(indexPath(locale)),
      ...inThisLanguage(documents).map((document) =>
        entry(
          documentPath(locale, type, document.slug),
          newest(listed.get(document.slug) ?? []),
          document.languages,
        ),
      ),
    ]),
    ...browseLists(corpus, context).flatMap((list) =>
      !list.languages || list.languages.includes(locale)
        ? browse(
            list.items,
            (page) => browsePath(locale, list.kind, list.key, page),
            list.languages,
          )
        : [],
    ),
  ];
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The sitemap as XML. Each <url> gives its address, its date, then its other languages as
 * <xhtml:link rel="alternate" hreflang> — in the order the Sitemap 0.9 schema requires
 * (elements of other namespaces after the sitemap's own), which Next's generator does not
 * keep once alternates are added.
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) =>
    [
      "<url>",
      `<loc>${escapeXml(entry.url)}</loc>`,
      entry.lastModified ? `<lastmod>${entry.lastModified}</lastmod>` : "",
      ...Object.entries(entry.alternates.languages).map(
        ([language, url]) =>
          `<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(url)}"/>`,
      ),
      "</url>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
