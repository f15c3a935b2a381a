/**
 * The font files a page in a language asks for before its style sheet is read: those of the
 * subsets its letters are in, and its fallback languages' (an item not yet translated shows
 * in one of them: Russian on an Uzbek page), in both families. They then arrive with the
 * style sheet, before the first paint, so text is laid out once in the site's fonts and
 * nothing below it moves (CLS 0 on an article with a photo, docs/performance.md). Any other
 * subset still loads when a page's text needs it, behind its unicode-range.
 */
import { FALLBACK_LOCALES, LANGUAGE_FONT_SUBSETS, type Locale } from "../i18n/config";
import { FONT_FILES, FONT_SUBSETS } from "./files";

export function fontPreloads(locale: Locale): string[] {
  const used = new Set(
    [locale, ...FALLBACK_LOCALES[locale]].flatMap((language) => LANGUAGE_FONT_SUBSETS[language]),
  );
  return FONT_SUBSETS.filter((subset) => used.has(subset)).flatMap((subset) => [
    FONT_FILES[subset].sans,
    FONT_FILES[subset].serif,
  ]);
}
