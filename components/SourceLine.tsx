import type { NewsItem } from "@/lib/content/model";
import { formatDate } from "@/lib/format";
import { DEFAULT_LOCALE, langAttribute, type Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";

/**
 * Where an item's facts come from: the publisher, the original's headline (a link to it
 * when it is online) and the day it was published. The headline is the original's own, in
 * the original's language.
 */
export function SourceLine({
  source,
  lang,
  locale,
  dict,
}: {
  source: NonNullable<NewsItem["source"]>;
  /** The language of the item's text (the publisher's name is written in it). */
  lang: Locale;
  locale: Locale;
  dict: Dictionary;
}) {
  const headline = `“${source.title}”`;
  return (
    <p className="source-line border-line text-muted mt-8 border-s-4 ps-4 text-sm leading-relaxed">
      <span className="text-ink font-semibold">{dict.news.source}:</span>{" "}
      <span lang={langAttribute(lang, locale)}>{source.name}</span>,{" "}
      {source.url ? (
        <a
          className="text-brand underline underline-offset-4"
          href={source.url}
          rel="noopener noreferrer"
          lang={langAttribute(DEFAULT_LOCALE, locale)}
        >
          {headline}
        </a>
      ) : (
        <cite className="not-italic" lang={langAttribute(DEFAULT_LOCALE, locale)}>
          {headline}
        </cite>
      )}
      {source.published ? (
        <>
          ,{" "}
          <time dateTime={source.published}>
            {dict.news.sourcePublished(formatDate(source.published, locale))}
          </time>
        </>
      ) : null}
      .
    </p>
  );
}
