/**
 * Which text each language's page of a changed item shows, and which pages the preview
 * pictures: with seven languages, a picture of every page would mostly repeat the same text
 * under another menu, so the preview pictures each text once — the original, every
 * translation, and the languages others fall back to (Russian: what most national-language
 * pages show until they are translated).
 */
import { DEFAULT_LOCALE, FALLBACK_LOCALES, LOCALES, type Locale } from "../i18n/config";

export type TranslationState = {
  locale: Locale;
  state: "original" | "translated" | "draft" | "missing";
  file: string;
  /** For a missing or draft translation: the language whose text readers see instead. */
  shownAs?: Locale;
};

/** Fills in `shownAs`: a language's fallback chain, then the original, as the site does. */
export function withFallbacks(
  translations: readonly Omit<TranslationState, "shownAs">[],
): TranslationState[] {
  const translated = new Set(
    translations
      .filter(({ state }) => state === "original" || state === "translated")
      .map(({ locale }) => locale),
  );
  return translations.map((translation) => {
    if (translation.state === "original" || translation.state === "translated") return translation;
    const shownAs =
      FALLBACK_LOCALES[translation.locale].find((locale) => translated.has(locale)) ??
      DEFAULT_LOCALE;
    return { ...translation, shownAs };
  });
}

/** Languages other languages fall back to, e.g. Russian. */
const FALLBACK_TARGETS = new Set(Object.values(FALLBACK_LOCALES).flat());

/** The languages whose pages the preview pictures, in the site's order. */
export function picturedLocales(translations: readonly TranslationState[]): Locale[] {
  const ownText = new Set(
    translations.filter(({ state }) => state !== "missing").map(({ locale }) => locale),
  );
  return LOCALES.filter((locale) => ownText.has(locale) || FALLBACK_TARGETS.has(locale));
}
