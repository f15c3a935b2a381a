import type { NextConfig } from "next";
import { aliasRedirects } from "./lib/aliases";
import { contentDir } from "./lib/content/paths";
import { readContent } from "./lib/content/source";
import { DEFAULT_LOCALE, LOCALES } from "./lib/i18n/config";
import { publicationContext } from "./lib/publication";

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
  reactStrictMode: true,
  experimental: {
    // One 404 page for URLs outside every route (the root layout is per language).
    globalNotFound: true,
  },
  async redirects() {
    // The default language has no prefix: /en/news/x is /news/x.
    return [
      { source: `/${DEFAULT_LOCALE}`, destination: "/", permanent: true },
      { source: `/${DEFAULT_LOCALE}/:path*`, destination: "/:path*", permanent: true },
      // The first page of the news archive has one address only: /news.
      ...LOCALES.map((locale) => {
        const prefix = locale === DEFAULT_LOCALE ? "" : `/${locale}`;
        return { source: `${prefix}/news/page/1`, destination: `${prefix}/news`, permanent: true };
      }),
      // Renamed files: each former slug (`aliases`) answers 308 with the current address.
      // Read from the content folder once, at build (or dev server) start.
      ...aliasRedirects(readContent(contentDir()).documents, publicationContext(), LOCALES),
    ];
  },
  async rewrites() {
    // Pages live under app/[locale]/; unprefixed paths are the default language.
    // `afterFiles` runs after static files and metadata routes (robots.txt, sitemap.xml).
    // The news list takes the search page's filters: /news?country=UZ&year=2021.
    const filteredNews = LOCALES.flatMap((locale) => {
      const prefix = locale === DEFAULT_LOCALE ? "" : `/${locale}`;
      return ["q", "category", "country", "initiative", "signatory", "year"].map((key) => ({
        source: `${prefix}/news`,
        has: [{ type: "query" as const, key }],
        // The afterFiles rule below adds the default language's prefix.
        destination: `${prefix}/search`,
      }));
    });
    return {
      beforeFiles: filteredNews,
      afterFiles: [{ source: DEFAULT_LOCALE_PATHS, destination: DEFAULT_LOCALE_TARGET }],
      fallback: [],
    };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
