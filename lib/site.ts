/** The public origin of the site, for absolute URLs (canonical links, feeds, sitemaps). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): URL {
  return new URL(env.SITE_URL || "http://localhost:3000");
}

/** An absolute URL for a path of the site (from lib/urls.ts), e.g. https://example.org/news/x. */
export function absoluteUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return new URL(path, siteUrl(env)).href;
}

/** Where the quick-exit control sends a reader: a neutral, popular site. */
export const DEFAULT_QUICK_EXIT_URL = "https://www.bbc.com/weather";

/**
 * The quick-exit destination from the QUICK_EXIT_URL setting: an https:// address, or the
 * default when unset. Anything else is a configuration mistake and stops the build.
 */
export function parseQuickExitUrl(value: string | undefined): string {
  const text = value?.trim();
  if (!text) return DEFAULT_QUICK_EXIT_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `QUICK_EXIT_URL "${text}" is not an address — write it like ${DEFAULT_QUICK_EXIT_URL}`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(`QUICK_EXIT_URL "${text}" must start with https://`);
  }
  return url.href;
}

/**
 * The quick-exit destination of this build. next.config.ts validates QUICK_EXIT_URL and
 * writes its value into the code at build time, so every page (prerendered or regenerated)
 * and the proxy agree.
 */
export function quickExitUrl(): string {
  return parseQuickExitUrl(process.env.QUICK_EXIT_URL);
}
