import os from "node:os";
import path from "node:path";
import type { NextConfig } from "next";
import { DEFAULT_LOCALE, LOCALES } from "./lib/i18n/config";
import { NOT_FOUND_LOCALE_HEADER } from "./lib/i18n/not-found";
import { MEDIA_TYPES } from "./lib/content/media";
import { BASELINE_CSP, SECURITY_HEADERS } from "./lib/security/policy.mjs";
import { parseQuickExitUrl } from "./lib/site";
import { SEARCH_QUERY_KEYS } from "./lib/urls";

/** A document's served name: letters, digits and hyphens, then its type's extension. */
const DOCUMENT_NAME = `[a-z0-9-]+\\.(?:${Object.keys(MEDIA_TYPES.document).join("|")})`;

const PREVIEW_IMAGE_CACHE_CONTROL = "public, s-maxage=3600, stale-while-revalidate=86400";

const PREFIXED_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
/** Every path that does not start with another language's prefix. */
const DEFAULT_LOCALE_PATHS = PREFIXED_LOCALES.length
  ? `/:path((?!(?:${PREFIXED_LOCALES.join("|")})(?:/|$)).*)`
  : "/:path*";
const DEFAULT_LOCALE_TARGET = PREFIXED_LOCALES.length
  ? `/${DEFAULT_LOCALE}/:path`
  : `/${DEFAULT_LOCALE}/:path*`;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next would hash every page again for every request it serves (a third of an article's
  // CPU time under load): pages get their ETag once per render from the cache handler, and
  // conditional requests are answered before Next routes them (lib/cache/page-validators.mjs).
  generateEtags: false,
  // A self-contained server (.next/standalone) for the Dockerfile and any host with Node.js.
  output: "standalone",
  // Files the server reads itself at run time, which the build's tracing cannot see: the
  // records and the search index, the cache handler, and the fonts of preview images drawn
  // on demand.
  outputFileTracingIncludes: {
    "/**": [
      ".contentlayer/search-index.json",
      ".contentlayer/generated/*/_index.json",
      ".contentlayer/media.json",
      "lib/security/*.mjs",
      "lib/cache/*.mjs",
      "lib/calendar-day.mjs",
      "node_modules/@fontsource/noto-{sans,serif}/files/noto-*-{latin,latin-ext,cyrillic,cyrillic-ext}-{400,700}-normal.woff",
    ],
  },
  // Read when the site is built and written into the code, so every page agrees; an
  // invalid value stops the build with a message.
  env: { QUICK_EXIT_URL: parseQuickExitUrl(process.env.QUICK_EXIT_URL) ?? "" },
  // proxy.ts redirects /news/ to /news itself, with the security headers.
  skipTrailingSlashRedirect: true,
  // Next's file-system cache, which also gives every HTML page its own CSP with the hashes
  // of its inline scripts when the page is rendered (see lib/security/cache-handler.mjs),
  // behind a cache shared by all instances in Redis when REDIS_URL is set
  // (lib/cache/cache-handler.mjs).
  cacheHandler: path.resolve("lib/cache/cache-handler.mjs"),
  reactStrictMode: true,
  experimental: {
    // One 404 page for URLs outside every route (the root layout is per language).
    globalNotFound: true,
    // Prerendering works in parallel processes; Next's default (cores − 1) would leave a
    // 2-core machine with one.
    cpus: Math.max(2, os.availableParallelism() - 1),
  },
  // Redirects (/en/… → /…, /news/page/1 → /news, trailing slashes) are made by proxy.ts:
  // Next sends the redirects configured here without the headers below.
  async rewrites() {
    // Pages live under app/[locale]/; unprefixed paths are the default language.
    // `afterFiles` runs after static files and metadata routes (robots.txt, sitemap.xml).
    // The news list takes the search page's filters: /news?country=UZ&year=2021. One rule per
    // filter for the default language and one for all the others: Next compiles every rule
    // again for every page it serves, so their number costs every request.
    const prefixes = PREFIXED_LOCALES.join("|");
    const filteredNews = SEARCH_QUERY_KEYS.flatMap((key) => {
      const has = [{ type: "query" as const, key }];
      return [
        // The afterFiles rule below adds the default language's prefix.
        { source: "/news", has, destination: "/search" },
        ...(prefixes
          ? [{ source: `/:locale(${prefixes})/news`, has, destination: "/:locale/search" }]
          : []),
      ];
    });
    // An address proxy.ts found to name nothing: to a path no route answers, so Next renders
    // app/global-not-found.tsx (in the language the header gives).
    const notFound = {
      source: "/:path*",
      has: [{ type: "header" as const, key: NOT_FOUND_LOCALE_HEADER }],
      destination: "/_not-found",
    };
    return {
      beforeFiles: [notFound, ...filteredNews],
      afterFiles: [{ source: DEFAULT_LOCALE_PATHS, destination: DEFAULT_LOCALE_TARGET }],
      fallback: [],
    };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        // Every response. HTML pages also carry their own full policy (cache-handler.mjs);
        // the browser enforces both.
        headers: [{ key: "Content-Security-Policy", value: BASELINE_CSP }, ...SECURITY_HEADERS],
      },
      {
        // Pictures and documents (public/media/, made by scripts/build-media.ts): the first
        // segment of every address is the file's content hash, so an address never changes
        // meaning and may be cached for good.
        source: "/media/:path*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
      {
        // The site's fonts (scripts/vendor-fonts.ts): content-hashed names, like media.
        source: "/fonts/:file*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
      {
        // A document is downloaded under its readable name (made safe for a header by the build).
        source: `/media/:hash/:name(${DOCUMENT_NAME})`,
        headers: [{ key: "Content-Disposition", value: 'attachment; filename=":name"' }],
      },
      {
        // Link-preview cards: Next sends them with max-age=0, which keeps shared caches from
        // holding them; an hour, like the pages they preview (docs/deployment.md).
        source: "/:path*/opengraph-image",
        headers: [{ key: "Cache-Control", value: PREVIEW_IMAGE_CACHE_CONTROL }],
      },
    ];
  },
};

export default nextConfig;
