/** Every URL path of the site is built here, so routes and links never disagree. */
import { DEFAULT_LOCALE, type Locale } from "./i18n/config";

export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

export const homePath = (locale: Locale) => localePath(locale, "/");
export const newsListPath = (locale: Locale, page = 1) =>
  localePath(locale, page <= 1 ? "/news" : `/news/page/${page}`);
export const newsPath = (locale: Locale, slug: string) => localePath(locale, `/news/${slug}`);
export const initiativesPath = (locale: Locale) => localePath(locale, "/initiatives");
export const initiativePath = (locale: Locale, slug: string) =>
  localePath(locale, `/initiatives/${slug}`);
export const signatoriesPath = (locale: Locale) => localePath(locale, "/signatories");
export const signatoryPath = (locale: Locale, slug: string) =>
  localePath(locale, `/signatories/${slug}`);
