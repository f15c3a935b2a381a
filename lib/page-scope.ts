/**
 * The start every page shares: the language its route names, that language's interface
 * text and corpus, and today's publication context. Pages ask for their scope and then for
 * what they show (a resolver of lib/routing.ts), and render nothing else.
 */
import type { Corpus } from "./content/model";
import { getCorpus } from "./corpus";
import { localeFromParam, type Locale } from "./i18n/config";
import { getDictionary, type Dictionary } from "./i18n/dictionary";
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
