/**
 * Recognises the addresses whose existence depends on the date: an article (/news/<slug>)
 * and an archive page (/news/page/<n>), in any language. Used by proxy.ts, which answers
 * them with the prebuilt 404 page until they are published.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from "./i18n/config";
import type { Corpus } from "./content/model";
import { getNewsPage, getPublishedNewsItem } from "./news";
import { NEWS_PER_PAGE, parsePageNumber } from "./pagination";
import type { PublicationContext } from "./publication";

export type DatedRoute =
  | { kind: "article"; locale: Locale; slug: string }
  | { kind: "news-page"; locale: Locale; page: number | undefined };

export function matchDatedRoute(pathname: string): DatedRoute | undefined {
  const parts = pathname.split("/").filter(Boolean);
  let locale: Locale = DEFAULT_LOCALE;
  if (parts[0] && parts[0] !== DEFAULT_LOCALE && isLocale(parts[0]))
    locale = parts.shift() as Locale;
  if (parts[0] !== "news") return undefined;
  if (parts.length === 2) return { kind: "article", locale, slug: parts[1]! };
  if (parts.length === 3 && parts[1] === "page") {
    return { kind: "news-page", locale, page: parsePageNumber(parts[2]!) };
  }
  return undefined;
}

/** Whether a dated address shows a page today (drafts only where the context shows them). */
export function isDatedRoutePublic(
  corpus: Corpus,
  context: PublicationContext,
  route: DatedRoute,
): boolean {
  if (route.kind === "article") return Boolean(getPublishedNewsItem(corpus, context, route.slug));
  return (
    route.page !== undefined && Boolean(getNewsPage(corpus, context, route.page, NEWS_PER_PAGE))
  );
}
