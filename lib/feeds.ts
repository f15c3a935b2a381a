/**
 * The news feeds of one language — RSS 2.0, Atom 1.0 and JSON Feed 1 — built with the
 * `feed` library from the published news only (the caller passes getPublishedNews), newest
 * first, with the full text and the category and topics of each item.
 */
import { Feed } from "feed";
import type { NewsItem } from "./content/model";
import { formatDate, formatFileSize } from "./format";
import { articleDocuments, articlePicture, type ArticleDocument } from "./media/article";
import { bodyHtml } from "./media/body-pictures";
import type { Locale } from "./i18n/config";
import type { Dictionary } from "./i18n/dictionary";
import { publicationMoment, siteTimeZone } from "./publication";
import { absoluteUrl } from "./site";
import { feedPath, homePath, newsPath, previewImagePath } from "./urls";

/** How many of the newest items a feed carries (readers keep what they have already fetched). */
export const FEED_ITEM_LIMIT = 50;

/**
 * Makes the site's own links and pictures in an article's HTML absolute: a feed reader
 * shows the text outside the site, where "/news/x" would lead nowhere. The HTML comes from
 * Contentlayer's sanitised output, which always quotes attributes with double quotes.
 */
export function absolutizeHtml(html: string, origin: string): string {
  const base = origin.replace(/\/$/, "");
  return html
    .replace(/\b(href|src)="\/(?!\/)/g, `$1="${base}/`)
    .replace(/\bsrcset="([^"]*)"/g, (_, list: string) => {
      const absolute = list
        .split(", ")
        .map((entry) => (/^\/(?!\/)/.test(entry) ? base + entry : entry))
        .join(", ");
      return `srcset="${absolute}"`;
    });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The item's source as a closing paragraph of its text, as the article shows it: feed
 * readers show the text away from the site, and the source belongs with it.
 */
export function sourceHtml(
  source: NonNullable<NewsItem["source"]>,
  locale: Locale,
  dict: Dictionary,
): string {
  const headline = escapeHtml(`“${source.title}”`);
  const title = source.url ? `<a href="${escapeHtml(source.url)}">${headline}</a>` : headline;
  const published = source.published
    ? `, ${escapeHtml(dict.news.sourcePublished(formatDate(source.published, locale)))}`
    : "";
  return `<p>${escapeHtml(dict.news.source)}: ${escapeHtml(source.name)}, ${title}${published}.</p>`;
}

/** The item's documents as a closing list of its text, as the article shows them. */
export function documentsHtml(
  documents: readonly ArticleDocument[],
  locale: Locale,
  dict: Dictionary,
): string {
  const entries = documents.map(
    ({ title, file }) =>
      `<li><a href="${escapeHtml(file.url)}">${escapeHtml(title)}</a> (${file.format}, ${escapeHtml(formatFileSize(file.bytes, locale))})</li>`,
  );
  return `<p>${escapeHtml(dict.news.documents)}:</p><ul>${entries.join("")}</ul>`;
}

export type FeedInput = {
  locale: Locale;
  dict: Dictionary;
  /** Published news, newest first. */
  items: readonly NewsItem[];
  /** A tag's name in the feed's language (its topic's label); the tag itself by default. */
  topicLabel?: (tag: string) => string;
  limit?: number;
  timeZone?: string;
  env?: NodeJS.ProcessEnv;
};

export function buildFeed({
  locale,
  dict,
  items,
  topicLabel = (tag) => tag,
  limit = FEED_ITEM_LIMIT,
  env = process.env,
  timeZone = siteTimeZone(env),
}: FeedInput): Feed {
  const home = absoluteUrl(homePath(locale), env);
  const origin = new URL(home).origin;
  const moment = (date: string) => new Date(publicationMoment(date, timeZone));
  const shown = items.slice(0, limit);
  const modified = (item: NewsItem) => item.updated ?? item.date;
  const newest = shown.map(modified).sort().at(-1);

  const feed = new Feed({
    id: home,
    link: home,
    title: dict.feeds.title,
    description: dict.feeds.description,
    language: locale,
    copyright: dict.feeds.copyright,
    // A fixed date (the newest item's), not the build time: an unchanged feed stays unchanged.
    updated: newest ? moment(newest) : new Date(0),
    generator: false,
    image: absoluteUrl(previewImagePath(homePath(locale)), env),
    favicon: absoluteUrl("/icon.svg", env),
    author: { name: dict.site.name, link: home },
    feedLinks: {
      rss: absoluteUrl(feedPath(locale, "rss"), env),
      atom: absoluteUrl(feedPath(locale, "atom"), env),
      json: absoluteUrl(feedPath(locale, "json"), env),
    },
  });

  for (const item of shown) {
    const url = absoluteUrl(newsPath(locale, item.slug), env);
    const picture = articlePicture(item);
    const documents = articleDocuments(item);
    const [first] = documents;
    feed.addItem({
      id: url,
      link: url,
      title: item.title,
      description: item.summary,
      content: absolutizeHtml(
        bodyHtml(item) +
          (item.source ? sourceHtml(item.source, locale, dict) : "") +
          (documents.length > 0 ? documentsHtml(documents, locale, dict) : ""),
        origin,
      ),
      published: moment(item.date),
      date: moment(modified(item)),
      category: [
        { name: dict.categories[item.category], term: item.category },
        ...(item.tags ?? []).map((tag) => ({ name: topicLabel(tag), term: tag })),
      ],
      // RSS carries one enclosure an item: the first document where there is one (all are
      // listed in the text), else the photo (its largest JPEG or PNG).
      ...(first
        ? {
            enclosure: {
              url: absoluteUrl(first.file.url, env),
              type: first.file.type,
              length: first.file.bytes,
              title: first.title,
            },
          }
        : picture
          ? { image: absoluteUrl(picture.fallback.url, env) }
          : {}),
      // JSON Feed carries the source as a structured extension too (RSS and Atom have the paragraph).
      ...(item.source ? { extensions: [{ name: "_source", objects: item.source }] } : {}),
    });
  }
  return feed;
}

export const FEED_CONTENT_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;
