/** The public origin of the site, for absolute URLs (canonical links, feeds, sitemaps). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): URL {
  return new URL(env.SITE_URL || "http://localhost:3000");
}
