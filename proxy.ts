import { NextResponse, type NextRequest } from "next/server";
import type { Locale } from "./lib/i18n/config";
import { CONTENT_PROBLEMS_HEADER, NOT_FOUND_LOCALE_HEADER } from "./lib/i18n/not-found";
import { errorPageHeaders, errorPageHtml } from "./lib/http/error-page";
import { pageRequest } from "./lib/http/page-request";
import { contentSecurityPolicy } from "./lib/security/policy.mjs";

/**
 * Runs for every address except files and the pages that always exist (`config.matcher`,
 * derived from lib/routing.ts), which are served without it; lib/http/page-request.ts
 * decides what each request needs.
 *
 * - A path with broken percent-encoding (e.g. /news/%E0%A4%A), which Next's router would
 *   answer with a 500, gets a 400 page in the path's language.
 * - A non-canonical path (/en/news, /news/, /news/page/1) and a renamed document's former
 *   address (its `aliases`) get a permanent redirect here rather than from next.config.ts,
 *   because Next sends its own redirects without the security headers of next.config.ts.
 * - An address that names no page today (an unknown path, an unknown or unpublished slug, a
 *   page beyond a list's last) gets the 404 page in the path's language. Only the pages
 *   readers open most are prerendered (lib/prerender.ts); the others render on their first
 *   request, and a 404 rendered on demand by a page would reach the reader without its HTML
 *   body in Next 16 (vercel/next.js#62228), so it is answered here, before any page renders.
 * - Under `npm run dev` only, the address of an item whose file has a problem gets the same
 *   not-found page, which then lists the content check's messages for that file.
 *
 * In production the server hook (lib/http/server-hook.ts) makes the same decision first and
 * marks a request that needs nothing here, which the matcher then skips: Next's machinery
 * around a proxy cost an article more than a quarter of its throughput (docs/performance.md).
 * So this runs, in production, only for the requests it changes.
 */
export function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  const decision = pageRequest(pathname, searchParams);
  switch (decision.kind) {
    case "bad-request":
      return badRequest(decision.locale);
    case "redirect":
      // Next turns a same-origin Location into a relative one, as in its own redirects.
      return NextResponse.redirect(new URL(decision.location + search, request.url), 308);
    case "search":
      return withNonce(request);
    case "problems":
      // `npm run dev`: the item's file has a problem; the not-found page lists it.
      return withNonce(request, decision.locale, pathname);
    case "not-found":
      // The header makes next.config.ts rewrite the request to an address no route answers,
      // so Next renders its not-found page (app/global-not-found.tsx), which reads the
      // language from it. (A rewrite made here would leave the server by HTTP when it
      // listens on 127.0.0.1: Next compares its origin with "localhost" and proxies it.)
      return withNonce(request, decision.locale);
    case "serve":
      return NextResponse.next();
  }
}

/**
 * Search results are rendered for every request and never cached, so their inline scripts
 * cannot be hashed before the page streams: they get the page policy with a fresh nonce.
 * Next reads the policy from the request's header and writes the nonce on its scripts.
 */
function withNonce(request: NextRequest, notFoundLocale?: Locale, problemsPath?: string) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy({ nonce });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  if (notFoundLocale) headers.set(NOT_FOUND_LOCALE_HEADER, notFoundLocale);
  if (problemsPath) headers.set(CONTENT_PROBLEMS_HEADER, problemsPath);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  // A 404 is never stored, even where next.config.ts makes the address cacheable
  // (an unknown preview image is not an image for an hour).
  if (notFoundLocale) response.headers.set("cache-control", "private, no-store");
  return response;
}

function badRequest(locale: Locale) {
  return new NextResponse(errorPageHtml(locale, "badRequest"), {
    status: 400,
    headers: errorPageHeaders(),
  });
}

export const config = {
  // Next reads this from the source at build time, so it is a literal: it is
  // `proxyMatcher()` of lib/routing.ts, which a unit test checks (tests/unit/routing.test.ts).
  matcher: [
    {
      source:
        "/((?!_next/|images/|media/|fonts/|favicon\\.ico$|icon\\.svg$|robots\\.txt$|sitemap\\.xml$)(?!(?:(?:ru|kk|ky|uz|tg|tk)(?:/|$))?(?:news|initiatives|signatories|staying-safe-online|feed\\.xml|atom\\.xml|feed\\.json|opengraph-image)?$).*)",
      missing: [{ type: "header", key: "x-page-request-checked" }],
    },
    { source: "/:path+/", missing: [{ type: "header", key: "x-page-request-checked" }] },
    {
      source: "/:locale?/news",
      has: [{ type: "query", key: "q" }],
      missing: [{ type: "header", key: "x-page-request-checked" }],
    },
    {
      source: "/:locale?/news",
      has: [{ type: "query", key: "category" }],
      missing: [{ type: "header", key: "x-page-request-checked" }],
    },
    {
      source: "/:locale?/news",
      has: [{ type: "query", key: "country" }],
      missing: [{ type: "header", key: "x-page-request-checked" }],
    },
    {
      source: "/:locale?/news",
      has: [{ type: "query", key: "initiative" }],
      missing: [{ type: "header", key: "x-page-request-checked" }],
    },
    {
      source: "/:locale?/news",
      has: [{ type: "query", key: "signatory" }],
      missing: [{ type: "header", key: "x-page-request-checked" }],
    },
    {
      source: "/:locale?/news",
      has: [{ type: "query", key: "year" }],
      missing: [{ type: "header", key: "x-page-request-checked" }],
    },
  ],
};
