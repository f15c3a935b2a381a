/**
 * The <head> of every page as Next's Metadata API wants it: title, description, canonical
 * URL, feed links, Open Graph and X (Twitter) card. Pages describe themselves with
 * `PageDescription`; this module turns that into a complete `Metadata` object, because
 * Next merges metadata shallowly (a page that sets `openGraph` or `alternates` replaces
 * the layout's whole object, so nothing may be left to inheritance).
 */
import type { Metadata } from "next";
import type { Initiative, NewsItem, Signatory } from "./content/model";
import { formatDate } from "./format";
import { DEFAULT_LOCALE, LOCALES, OG_LOCALE, type Locale } from "./i18n/config";
import type { Dictionary } from "./i18n/dictionary";
import { publicationMoment, siteTimeZone } from "./publication";
import { absoluteUrl } from "./site";
import { articlePicture } from "./media/article";
import {
  FEED_FORMATS,
  FEED_TYPES,
  feedPath,
  homePath,
  initiativePath,
  newsPath,
  pathInLocale,
  pathsInEveryLocale,
  previewImagePath,
  signatoryPath,
} from "./urls";

/** The picture shown in link previews. */
export type PreviewImage = {
  /** A path of the site (/news/x/opengraph-image) or an absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
  /** MIME type, e.g. image/png. */
  type: string;
};

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The generated 1200×630 PNG beside a page (its opengraph-image.tsx route). */
export function generatedPreview(pagePath: string, alt: string): PreviewImage {
  return { url: previewImagePath(pagePath), ...PREVIEW_SIZE, alt, type: "image/png" };
}

/** The site's own card, for pages without a picture of their own (home, lists). */
export function sitePreview(locale: Locale, dict: Dictionary): PreviewImage {
  return generatedPreview(homePath(locale), dict.preview.siteAlt);
}

/**
 * An article's card: built from its photo (a JPEG with the title over the photo, described by
 * the photo's own words) where it has one, else the generated card.
 */
export function newsPreview(item: NewsItem, locale: Locale, dict: Dictionary): PreviewImage {
  const path = newsPath(locale, item.slug);
  if (item.image && articlePicture(item)) {
    return { ...generatedPreview(path, item.image.alt), type: "image/jpeg" };
  }
  return generatedPreview(
    path,
    dict.preview.articleAlt(
      item.title,
      dict.categories[item.category],
      formatDate(item.date, locale),
    ),
  );
}

export function initiativePreview(
  initiative: Initiative,
  locale: Locale,
  dict: Dictionary,
): PreviewImage {
  return generatedPreview(
    initiativePath(locale, initiative.slug),
    dict.preview.initiativeAlt(initiative.title),
  );
}

export function signatoryPreview(
  signatory: Signatory,
  locale: Locale,
  dict: Dictionary,
): PreviewImage {
  return generatedPreview(
    signatoryPath(locale, signatory.slug),
    dict.preview.signatoryAlt(signatory.name, dict.kinds[signatory.kind].one),
  );
}

export type ArticleFacts = {
  /** YYYY-MM-DD */
  published: string;
  /** YYYY-MM-DD, the date of the last significant correction if any. */
  modified?: string;
  section: string;
  tags?: readonly string[];
};

export type PageDescription = {
  locale: Locale;
  dict: Dictionary;
  /** The page's path (from lib/urls.ts): canonical URL and og:url. */
  path: string;
  /** The page's own title; the layout adds the site's name to <title> (not to og:title). */
  title: string;
  /** Replaces the whole <title> (the home page is the site's name itself). */
  absoluteTitle?: boolean;
  description: string;
  image: PreviewImage;
  /** Articles: og:type article with its dates, section and tags. */
  article?: ArticleFacts;
  /**
   * For the page of an item (article, initiative, organisation, topic): the language its text
   * is shown in and the languages it exists in. A page showing another language's text (no
   * translation yet) is announced as that language's version: canonical, og:locale and
   * hreflang point there, and no hreflang names this page.
   */
  text?: { lang: Locale; languages: readonly Locale[] };
  /** For article dates: the site's time zone (default: SITE_TIME_ZONE). */
  timeZone?: string;
  env?: NodeJS.ProcessEnv;
};

/** `<link rel="alternate">` to the language's three feeds, for every page. */
export function feedAlternates(
  locale: Locale,
  dict: Dictionary,
  env: NodeJS.ProcessEnv = process.env,
): NonNullable<NonNullable<Metadata["alternates"]>["types"]> {
  return Object.fromEntries(
    FEED_FORMATS.map((format) => [
      FEED_TYPES[format],
      [{ url: absoluteUrl(feedPath(locale, format), env), title: dict.feeds.linkTitle[format] }],
    ]),
  );
}

/**
 * `<link rel="alternate" hreflang>` to the same page in each language it really exists in
 * (every language for pages of the interface; an item's own `languages`), and `x-default`
 * (the default language's) for readers whose language the site does not have.
 */
export function languageAlternates(
  path: string,
  env: NodeJS.ProcessEnv = process.env,
  available: readonly Locale[] = LOCALES,
): Record<string, string> {
  const paths = pathsInEveryLocale(path);
  const languages: Record<string, string> = {};
  for (const locale of LOCALES) {
    if (available.includes(locale)) languages[locale] = absoluteUrl(paths[locale], env);
  }
  languages["x-default"] = absoluteUrl(paths[DEFAULT_LOCALE], env);
  return languages;
}

export function pageMetadata(page: PageDescription): Metadata {
  const { locale, dict, env = process.env } = page;
  const timeZone = page.timeZone ?? siteTimeZone(env);
  const url = absoluteUrl(page.path, env);
  const textLocale = page.text?.lang ?? locale;
  const available = page.text?.languages ?? LOCALES;
  const canonical = absoluteUrl(pathInLocale(page.path, textLocale), env);
  const image = {
    url: absoluteUrl(page.image.url, env),
    width: page.image.width,
    height: page.image.height,
    alt: page.image.alt,
    type: page.image.type,
  };
  const common = {
    title: page.title,
    description: page.description,
    url,
    siteName: dict.site.name,
    locale: OG_LOCALE[textLocale],
    alternateLocale: available
      .filter((other) => other !== textLocale)
      .map((other) => OG_LOCALE[other]),
    images: [image],
  };
  const openGraph: Metadata["openGraph"] = page.article
    ? {
        ...common,
        type: "article",
        publishedTime: publicationMoment(page.article.published, timeZone),
        modifiedTime: publicationMoment(page.article.modified ?? page.article.published, timeZone),
        section: page.article.section,
        tags: page.article.tags ? [...page.article.tags] : undefined,
      }
    : { ...common, type: "website" };

  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: {
      canonical,
      languages: languageAlternates(page.path, env, available),
      types: feedAlternates(locale, dict, env),
    },
    openGraph,
    twitter: {
      card: "summary_large_image",
      title: page.title,
      description: page.description,
      images: [{ url: image.url, alt: image.alt, width: image.width, height: image.height }],
    },
  };
}
