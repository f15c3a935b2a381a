/**
 * The 404 page speaks the language of the address asked for. proxy.ts, which knows the
 * path, passes its language to app/global-not-found.tsx in this request header (the page
 * itself is told nothing about the path by Next).
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

export const NOT_FOUND_LOCALE_HEADER = "x-not-found-language";

/** The language of the 404 page from the header's value; the default for anything else. */
export function notFoundLocale(value: string | null | undefined): Locale {
  return value && isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * Under `npm run dev` only: the path of an item whose file has a problem, which proxy.ts
 * passes so the not-found page lists the content check's messages instead (production
 * ignores it).
 */
export const CONTENT_PROBLEMS_HEADER = "x-content-problems-path";
