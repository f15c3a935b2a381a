/**
 * The start every page shares: the language its route names, that language's interface
 * text and corpus, and today's publication context. Pages ask for their scope and then for
 * what they show (a resolver of lib/routing.ts), and render nothing else.
 */
import type { Metadata } from "next";
import type { Corpus, NewsItem } from "./content/model";
import { getCorpus } from "./corpus";
import { localeFromParam, type Locale } from "./i18n/config";
import { getDictionary, type Dictionary } from "./i18n/dictionary";
import { pageMetadata, sitePreview, type PageDescription, type PreviewImage } from "./metadata";
import type { Page } from "./pagination";
import { publicationContext, type PublicationContext } from "./publication";

export type PageScope = {
  locale: Locale;
  dict: Dictionary;
  corpus: Corpus;
  context: PublicationContext;
};

/** The scope of a page of the language `localeParam`, or undefined for no language of the site. */
export async function pageScope(
  params: Promise<{ locale: string }>,
): Promise<PageScope | undefined> {
  const locale = localeFromParam((await params).locale);
  if (!locale) return undefined;
  return {
    locale,
    dict: getDictionary(locale),
    corpus: getCorpus(locale),
    context: publicationContext(),
  };
}

/**
 * A page's scope and what its resolver finds for the route's parameters, or undefined when
 * either is missing (proxy.ts has then already answered the address with the 404 page).
 */
export async function resolvePage<P extends { locale: string }, T>(
  params: Promise<P>,
  find: (scope: PageScope, params: P) => T | undefined,
): Promise<(PageScope & { found: T }) | undefined> {
  const scope = await pageScope(params);
  if (!scope) return undefined;
  const found = find(scope, await params);
  return found === undefined ? undefined : { ...scope, found };
}

/** What a resolver of `resolvePage` gives a page, e.g. `Resolved<typeof resolve>`. */
export type Resolved<R extends (...args: never[]) => Promise<unknown>> = NonNullable<
  Awaited<ReturnType<R>>
>;

/** What a page says of itself for its <head>; the language, dictionary and, by default, the site's card come from its scope. */
export type PageText = Omit<PageDescription, "locale" | "dict" | "image"> & {
  image?: PreviewImage;
};

function metadataFor(scope: PageScope, text: PageText): Metadata {
  const { locale, dict } = scope;
  return pageMetadata({ locale, dict, image: sitePreview(locale, dict), ...text });
}

/** `generateMetadata` for a page that always exists: described from its scope alone. */
export function metadataOf(describe: (scope: PageScope) => PageText) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const scope = await pageScope(params);
    return scope ? metadataFor(scope, describe(scope)) : {};
  };
}

/** `generateMetadata` for a page that shows what its resolver finds (nothing found: no metadata). */
export function metadataOfFound<P extends { locale: string }, T>(
  resolve: (params: Promise<P>) => Promise<(PageScope & { found: T }) | undefined>,
  describe: (page: PageScope & { found: T }) => PageText,
) {
  return async ({ params }: { params: Promise<P> }): Promise<Metadata> => {
    const page = await resolve(params);
    return page ? metadataFor(page, describe(page)) : {};
  };
}

/** One page of a list of news (the archive, a year, a country, a topic), as its page shows it. */
export type NewsListPage = {
  title: string;
  intro: string;
  page: Page<NewsItem>;
  hrefFor: (page: number) => string;
};

/** A list page's <head>: its title, "page N of M" after the first, its intro and address. */
export function listText(dict: Dictionary, list: NewsListPage): PageText {
  const { title, intro, page, hrefFor } = list;
  return {
    path: hrefFor(page.page),
    title: page.page === 1 ? title : dict.browse.page(title, page.page, page.totalPages),
    description: intro,
  };
}

/** `generateMetadata` for a list page, from the description its page shows. */
export function listMetadata<P extends { locale: string }, T>(
  resolve: (params: Promise<P>) => Promise<(PageScope & { found: T }) | undefined>,
  describe: (page: PageScope & { found: T }) => NewsListPage,
) {
  return metadataOfFound(resolve, (page) => listText(page.dict, describe(page)));
}

/** The props Next gives an item's page or image route: its language and slug. */
export type ItemRouteProps = { params: Promise<{ locale: string; slug: string }> };
