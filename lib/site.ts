/** The public origin of the site, for absolute URLs (canonical links, feeds, sitemaps). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): URL {
  return new URL(env.SITE_URL || "http://localhost:3000");
}

/**
 * How long a rendered page may be served before it is rendered again (seconds). It is
 * also the longest delay before a scheduled item appears once its date has come.
 */
export const REVALIDATE_SECONDS = 3600;
