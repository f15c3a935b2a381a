/**
 * Languages of the site. The default language lives at the root (/news/…), every other
 * one under its prefix (/ru/news/…). Adding a language: add it here and give it a
 * dictionary in lib/i18n/dictionaries/.
 */
export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The locale used by Intl for dates, numbers and country names. */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB" };

/** The locale as Open Graph writes it (language_TERRITORY), for og:locale. */
export const OG_LOCALE: Record<Locale, string> = { en: "en_GB" };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The locale of a route's `[locale]` segment, or undefined for an unknown one. */
export function localeFromParam(value: string): Locale | undefined {
  return isLocale(value) ? value : undefined;
}
