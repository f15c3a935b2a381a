/** The public origin of the site, for absolute URLs (canonical links, feeds, sitemaps). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): URL {
  return new URL(env.SITE_URL || "http://localhost:3000");
}

/** An absolute URL for a path of the site (from lib/urls.ts), e.g. https://example.org/news/x. */
export function absoluteUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return new URL(path, siteUrl(env)).href;
}
