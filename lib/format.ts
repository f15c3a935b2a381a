import { INTL_LOCALE, type Locale } from "./i18n/config";
import { getDictionary } from "./i18n/dictionary";

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A calendar date (YYYY-MM-DD) for readers, e.g. "21 June 2021". Formatted in UTC from
 * the date's own parts, so it never shifts a day with the server's time zone.
 */
export function formatDate(date: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    dateFormats.set(locale, format);
  }
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/**
 * A country's name from its ISO 3166-1 alpha-2 code, in the page's language: the name the
 * language's dictionary gives (where Intl's differs from the one the country itself uses,
 * e.g. «Кыргызстан»), else Intl's.
 */
export function countryName(code: string, locale: Locale): string {
  const own = getDictionary(locale).countries[code];
  if (own) return own;
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: "region" });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** A web address as people read it: "https://www.unwomen.org/" → "unwomen.org". */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
}

const languageNames = new Map<Locale, Intl.DisplayNames>();

/** A language's name in the page's language, e.g. "English", «английский». */
export function languageName(code: string, locale: Locale): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: "language" });
    languageNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

const sizeFormats = new Map<Locale, Intl.NumberFormat>();

/** A file's size for readers: "240 KB", "1.5 MB" («240 КБ», «1,5 МБ»). */
export function formatFileSize(bytes: number, locale: Locale): string {
  let format = sizeFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 });
    sizeFormats.set(locale, format);
  }
  const { news } = getDictionary(locale);
  const kilobytes = bytes / 1024;
  if (kilobytes < 1000) return news.kilobytes(format.format(Math.max(1, Math.round(kilobytes))));
  return news.megabytes(format.format(Math.round((kilobytes / 1024) * 10) / 10));
}
