/**
 * The GET handler shared by the three feed routes (app/[locale]/feed.xml, atom.xml,
 * feed.json): the language's published news, built by lib/feeds.ts when the site is built.
 */
import { topicOf } from "./browse";
import { getCorpus } from "./corpus";
import { FEED_CONTENT_TYPES, buildFeed } from "./feeds";
import { LOCALES, localeFromParam } from "./i18n/config";
import { getDictionary } from "./i18n/dictionary";
import { getPublishedNews } from "./news";
import { publicationContext } from "./publication";
import type { FeedFormat } from "./urls";

export function feedStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export function feedHandler(format: FeedFormat) {
  return async function GET(
    _request: Request,
    { params }: { params: Promise<{ locale: string }> },
  ): Promise<Response> {
    const locale = localeFromParam((await params).locale);
    if (!locale) return new Response("Not found", { status: 404 });
    const corpus = getCorpus(locale);
    const feed = buildFeed({
      locale,
      dict: getDictionary(locale),
      // Only what is written in the feed's language: an item shown on the site in another
      // language (no translation yet) is left out of this language's feed.
      items: getPublishedNews(corpus, publicationContext()).filter((item) => item.lang === locale),
      topicLabel: (tag) => topicOf(corpus, tag).label,
    });
    const body = format === "rss" ? feed.rss2() : format === "atom" ? feed.atom1() : feed.json1();
    return new Response(body, { headers: { "content-type": FEED_CONTENT_TYPES[format] } });
  };
}
