import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

/** The language a path is in: its first segment when that is a language's prefix. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1] ?? "";
  return first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}
