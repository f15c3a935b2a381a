import { DEFAULT_LOCALE, QUICK_EXIT_DESTINATION, type Locale } from "./i18n/config";

/** The public origin of the site, for absolute URLs (canonical links, feeds, sitemaps). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): URL {
  return new URL(env.SITE_URL || "http://localhost:3000");
}

/** An absolute URL for a path of the site (from lib/urls.ts), e.g. https://example.org/news/x. */
export function absoluteUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return new URL(path, siteUrl(env)).href;
}

/**
 * The quick-exit destination set by QUICK_EXIT_URL for every language: an https:// address,
 * or undefined when unset (each language then has its own, `quickExit` in
 * lib/i18n/config.ts). Anything else is a configuration mistake and stops the build.
 */
export function parseQuickExitUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `QUICK_EXIT_URL "${text}" is not an address — write it like ${QUICK_EXIT_DESTINATION[DEFAULT_LOCALE]}`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(`QUICK_EXIT_URL "${text}" must start with https://`);
  }
  return url.href;
}

/**
 * Where the quick exit sends a reader of `locale` in this build. next.config.ts validates
 * QUICK_EXIT_URL and writes its value into the code at build time, so every page
 * (prerendered or regenerated) and the proxy agree.
 */
export function quickExitUrl(locale: Locale): string {
  return parseQuickExitUrl(process.env.QUICK_EXIT_URL) ?? QUICK_EXIT_DESTINATION[locale];
}
