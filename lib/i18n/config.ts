/**
 * Languages of the site. The default language lives at the root (/news/…), every other
 * one under its prefix (/ru/news/…). Adding a language is translation, not code: give it a
 * line here, a dictionary in lib/i18n/dictionaries/ (registered in lib/i18n/dictionary.ts),
 * and translated documents named <slug>.<code>.md — CONTRIBUTING.md walks through it.
 */
import type { FontSubset } from "../fonts/files";

const LANGUAGES = {
  en: {
    name: "English",
    fonts: ["latin"],
    intl: "en-GB",
    openGraph: "en_GB",
    // BBC Weather: the GOV.UK "Exit this page" pattern's example, light and known worldwide.
    quickExit: "https://www.bbc.com/weather",
    // "Embassy of the Kingdom of Belgium" belongs under B: English names put formal titles
    // and "the" before the country.
    organisationsByCountry: true,
  },
  ru: {
    name: "Русский",
    fonts: ["latin", "cyrillic"],
    intl: "ru-RU",
    openGraph: "ru_RU",
    // Gismeteo's Kazakhstan site: the most used weather service among Russian readers in the
    // region, fast, in Russian, and a page nobody would question on a shared phone.
    quickExit: "https://www.gismeteo.kz/",
  },
  // The national languages. An item not yet translated into one shows its Russian
  // translation, which most of its readers also read, before the English original.
  kk: {
    name: "Қазақша",
    fonts: ["latin", "cyrillic", "cyrillic-ext"],
    intl: "kk-KZ",
    openGraph: "kk_KZ",
    // Gismeteo's Kazakhstan site, the weather service most used in the country.
    quickExit: "https://www.gismeteo.kz/",
    fallback: ["ru"],
  },
  ky: {
    name: "Кыргызча",
    fonts: ["latin", "cyrillic", "cyrillic-ext"],
    intl: "ky-KG",
    openGraph: "ky_KG",
    // Gismeteo's forecast for Bishkek, the weather page most used in Kyrgyzstan.
    quickExit: "https://www.gismeteo.ru/weather-bishkek-5327/",
    fallback: ["ru"],
  },
  uz: {
    name: "Oʻzbekcha",
    fonts: ["latin"],
    intl: "uz-Latn-UZ",
    openGraph: "uz_UZ",
    // Obhavo.uz: a popular Uzbek-language weather site.
    quickExit: "https://obhavo.uz/",
    fallback: ["ru"],
  },
  tg: {
    name: "Тоҷикӣ",
    fonts: ["latin", "cyrillic", "cyrillic-ext"],
    intl: "tg-TJ",
    openGraph: "tg_TJ",
    // The national weather service of Tajikistan, served from the country.
    quickExit: "https://www.meteo.tj/",
    fallback: ["ru"],
  },
  tk: {
    name: "Türkmençe",
    fonts: ["latin", "latin-ext"],
    intl: "tk-TM",
    openGraph: "tk_TM",
    // The national weather service of Turkmenistan, served from the country, where many
    // foreign sites are blocked.
    quickExit: "https://meteo.gov.tm/",
    fallback: ["ru"],
  },
} as const satisfies Record<string, LanguageSettings>;

type LanguageSettings = {
  /** The language's name in itself, for the language switcher. */
  name: string;
  /**
   * The font subsets the language's letters are in (lib/fonts/files.ts), preloaded by its
   * pages so text does not re-wrap when the fonts arrive. tests/unit/fonts.test.ts checks the
   * list against the language's alphabet and interface.
   */
  fonts: readonly FontSubset[];
  /** The locale Intl uses for dates, numbers, country names and sorting. */
  intl: string;
  /**
   * The direction the language is written in: "rtl" for Dari or Pashto (the layout uses
   * logical CSS properties, so it mirrors). Left to right unless said.
   */
  dir?: "ltr" | "rtl";
  /** The locale as Open Graph writes it (language_TERRITORY), for og:locale. */
  openGraph: string;
  /**
   * Where the quick exit sends a reader of this language (QUICK_EXIT_URL overrides it for
   * every language): an everyday site that is neutral, fast, widely used by this language's
   * readers and unrelated to the subject — a weather service. CONTRIBUTING.md explains the
   * choice for each language.
   */
  quickExit: string;
  /**
   * Where an item has no translation into this language, the languages whose translation is
   * shown instead, in order, before the original (the default language): those this
   * language's readers most likely read.
   */
  fallback?: readonly string[];
  /**
   * Lists of organisations sort those that represent a country by the country's name;
   * otherwise (the default) by the name as shown, which is how readers of a language whose
   * names read "Посольство Австрии" expect them.
   */
  organisationsByCountry?: boolean;
};

export type Locale = keyof typeof LANGUAGES;
export const LOCALES = Object.keys(LANGUAGES) as Locale[];
export const DEFAULT_LOCALE: Locale = "en";
/** The languages documents are translated into: every language but the default. */
export const TRANSLATION_LOCALES: readonly Locale[] = LOCALES.filter(
  (locale) => locale !== DEFAULT_LOCALE,
);

export const LANGUAGE_NAME = mapLanguages((settings) => settings.name);
export const INTL_LOCALE = mapLanguages((settings) => settings.intl);
/** Each language's writing direction, for `<html dir>` and any text shown in it elsewhere. */
export const TEXT_DIRECTION = mapLanguages((settings): "ltr" | "rtl" =>
  "dir" in settings && settings.dir === "rtl" ? "rtl" : "ltr",
);
export const LANGUAGE_FONT_SUBSETS = mapLanguages((settings) => settings.fonts);
export const OG_LOCALE = mapLanguages((settings) => settings.openGraph);
export const QUICK_EXIT_DESTINATION = mapLanguages((settings) => settings.quickExit);
export const ORGANISATIONS_BY_COUNTRY = mapLanguages(
  (settings) => "organisationsByCountry" in settings && settings.organisationsByCountry === true,
);
/** Each language's fallback chain (see `fallback`), without the default language. */
export const FALLBACK_LOCALES = mapLanguages(
  (settings) => ("fallback" in settings ? settings.fallback : []) as readonly Locale[],
);

function mapLanguages<T>(pick: (settings: LanguageSettings) => T): Record<Locale, T> {
  return Object.fromEntries(
    Object.entries(LANGUAGES).map(([locale, settings]) => [locale, pick(settings)]),
  ) as Record<Locale, T>;
}

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(LANGUAGES, value);
}

/** The locale of a route's `[locale]` segment, or undefined for an unknown one. */
export function localeFromParam(value: string): Locale | undefined {
  return isLocale(value) ? value : undefined;
}

/**
 * The `lang` attribute for text in `text`'s language on a page in `page`'s: set only where
 * they differ (an untranslated item's text), so screen readers switch voice for it.
 */
export function langAttribute(text: Locale, page: Locale): Locale | undefined {
  return text === page ? undefined : text;
}
