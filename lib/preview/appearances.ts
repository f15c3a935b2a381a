/**
 * The pages of the site that will show an item, besides its own: the lists it is on (and
 * on which page of them), its country, topic and initiative pages, the organisations that
 * signed it, and the feeds. Asked of each language's corpus with the same queries the pages
 * use (lib/news.ts, lib/browse.ts, lib/initiatives.ts), so the answer is what they render.
 * The home page is not among them: which items it shows is decided by the page itself, so
 * the preview reads it from the served site.
 */
import {
  getNewsForCountry,
  getNewsForTag,
  getNewsForYear,
  getTopic,
  tagSlug,
  topicOf,
} from "../browse";
import type { Corpus, NewsItem } from "../content/model";
import type { DocumentType } from "../content/schema";
import { FEED_ITEM_LIMIT } from "../feeds";
import { countryName } from "../format";
import { DEFAULT_LOCALE, type Locale } from "../i18n/config";
import { getInitiativesWithPartner } from "../initiatives";
import { getPublishedNews, getStatementsSignedBy } from "../news";
import { NEWS_PER_PAGE } from "../pagination";
import type { PublicationContext } from "../publication";
import {
  countryPath,
  feedPath,
  initiativePath,
  initiativesPath,
  newsListPath,
  newsPath,
  signatoriesPath,
  signatoryPath,
  tagPath,
  yearPath,
} from "../urls";

/** A page that shows the item: what it is (in English, for editors) and its address per language. */
export type Appearance = { key: string; label: string; paths: Partial<Record<Locale, string>> };

type Found = { key: string; label: string; path: string };

/** The page of a newest-first list that holds `slug` (1 for the first twelve). */
function pageOf(list: readonly NewsItem[], slug: string): number {
  return Math.floor(list.findIndex((item) => item.slug === slug) / NEWS_PER_PAGE) + 1;
}

function newsAppearances(corpus: Corpus, context: PublicationContext, slug: string): Found[] {
  const { locale } = corpus;
  const published = getPublishedNews(corpus, context);
  const position = published.findIndex((item) => item.slug === slug);
  const item = published[position];
  if (!item) return [];
  const year = Number(item.date.slice(0, 4));
  const found: Found[] = [
    { key: "news", label: "All news", path: newsListPath(locale, pageOf(published, slug)) },
    {
      key: `year:${year}`,
      label: `News of ${year}`,
      path: yearPath(locale, year, pageOf(getNewsForYear(corpus, context, year), slug)),
    },
  ];
  for (const code of item.countries ?? []) {
    found.push({
      key: `country:${code}`,
      label: `Country: ${countryName(code, DEFAULT_LOCALE)}`,
      path: countryPath(locale, code, pageOf(getNewsForCountry(corpus, context, code), slug)),
    });
  }
  for (const tag of new Set((item.tags ?? []).map(tagSlug))) {
    found.push({
      key: `tag:${tag}`,
      label: `Topic: ${topicOf(corpus, tag).label}`,
      path: tagPath(locale, tag, pageOf(getNewsForTag(corpus, context, tag), slug)),
    });
  }
  for (const initiative of item.initiatives ?? []) {
    found.push({
      key: `initiative:${initiative}`,
      label: `Initiative: ${corpus.initiativesBySlug.get(initiative)?.title ?? initiative}`,
      path: initiativePath(locale, initiative),
    });
  }
  for (const signatory of item.signatories ?? []) {
    found.push({
      key: `signatory:${signatory}`,
      label: `Organisation that signed it: ${corpus.signatoriesBySlug.get(signatory)?.name ?? signatory}`,
      path: signatoryPath(locale, signatory),
    });
  }
  if (position < FEED_ITEM_LIMIT) {
    found.push({
      key: "feeds",
      label: "News feeds (RSS, Atom, JSON Feed)",
      path: feedPath(locale, "rss"),
    });
  }
  return found;
}

function initiativeAppearances(corpus: Corpus, slug: string): Found[] {
  const { locale } = corpus;
  const initiative = corpus.initiativesBySlug.get(slug);
  if (!initiative) return [];
  const found: Found[] = [
    { key: "initiatives", label: "All initiatives", path: initiativesPath(locale) },
  ];
  if (initiative.parent && corpus.initiativesBySlug.has(initiative.parent)) {
    found.push({
      key: `initiative:${initiative.parent}`,
      label: `Initiative it belongs to: ${corpus.initiativesBySlug.get(initiative.parent)!.title}`,
      path: initiativePath(locale, initiative.parent),
    });
  }
  for (const partner of initiative.partners ?? []) {
    found.push({
      key: `signatory:${partner}`,
      label: `Partner organisation: ${corpus.signatoriesBySlug.get(partner)?.name ?? partner}`,
      path: signatoryPath(locale, partner),
    });
  }
  return found;
}

function signatoryAppearances(corpus: Corpus, context: PublicationContext, slug: string): Found[] {
  const { locale } = corpus;
  if (!corpus.signatoriesBySlug.has(slug)) return [];
  const found: Found[] = [
    { key: "signatories", label: "All organisations", path: signatoriesPath(locale) },
  ];
  for (const statement of getStatementsSignedBy(corpus, context, slug)) {
    found.push({
      key: `news:${statement.slug}`,
      label: `Statement it signed: ${statement.title}`,
      path: newsPath(locale, statement.slug),
    });
  }
  for (const initiative of getInitiativesWithPartner(corpus, slug)) {
    found.push({
      key: `initiative:${initiative.slug}`,
      label: `Initiative it is a partner of: ${initiative.title}`,
      path: initiativePath(locale, initiative.slug),
    });
  }
  return found;
}

function tagAppearances(corpus: Corpus, context: PublicationContext, slug: string): Found[] {
  if (!getTopic(corpus, slug)) return [];
  return getNewsForTag(corpus, context, slug).map((item) => ({
    key: `news:${item.slug}`,
    label: `News item on this topic: ${item.title}`,
    path: newsPath(corpus.locale, item.slug),
  }));
}

function appearancesIn(
  corpus: Corpus,
  context: PublicationContext,
  type: DocumentType,
  slug: string,
): Found[] {
  switch (type) {
    case "news":
      return newsAppearances(corpus, context, slug);
    case "initiative":
      return initiativeAppearances(corpus, slug);
    case "signatory":
      return signatoryAppearances(corpus, context, slug);
    case "tag":
      return tagAppearances(corpus, context, slug);
  }
}

/**
 * Every page that will show the item, with its address in each language (the page of a
 * list can differ between languages, whose titles sort differently on the same day).
 */
export function appearancesOf(
  corpora: Readonly<Record<Locale, Corpus>>,
  context: PublicationContext,
  type: DocumentType,
  slug: string,
): Appearance[] {
  const merged = new Map<string, Appearance>();
  for (const corpus of Object.values(corpora)) {
    for (const { key, label, path } of appearancesIn(corpus, context, type, slug)) {
      const entry = merged.get(key) ?? { key, label, paths: {} };
      if (corpus.locale === DEFAULT_LOCALE || !merged.has(key)) entry.label = label;
      entry.paths[corpus.locale] = path;
      merged.set(key, entry);
    }
  }
  return [...merged.values()];
}
