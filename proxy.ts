import { NextResponse, type NextRequest } from "next/server";
import { corpus } from "./lib/corpus";
import { DEFAULT_LOCALE } from "./lib/i18n/config";
import { getDictionary } from "./lib/i18n/dictionary";
import { publicationContext } from "./lib/publication";
import { contentRouteExists, isSearchRequest, matchContentRoute, redirectFor } from "./lib/routing";
import { contentSecurityPolicy, hashSource } from "./lib/security/policy.mjs";
import { quickExitUrl } from "./lib/site";
import { homePath, safetyPath } from "./lib/urls";

/**
 * Runs only for pages whose existence depends on the content (articles, initiatives,
 * signatories, archive, year, country and topic pages), search results, paths containing "%",
 * paths under the default language's prefix and paths ending in "/" (see `config.matcher`);
 * every other page is served without it.
 *
 * - A path with broken percent-encoding (e.g. /news/%E0%A4%A), which Next's router would
 *   answer with a 500, gets a 400 page.
 * - A non-canonical path (/en/news, /news/, /news/page/1) and a renamed document's former
 *   address (its `aliases`) get a permanent redirect here rather than from next.config.ts,
 *   because Next sends its own redirects without the security headers of next.config.ts.
 * - Only the pages readers open most are prerendered (lib/prerender.ts); the others render
 *   on their first request, and a scheduled item's pages once its date has come. An address
 *   that names no page today (an unknown or unpublished slug, a page beyond a list's last)
 *   gets the prebuilt 404 page here: a 404 rendered on demand would reach the reader
 *   without its HTML body in Next 16 (vercel/next.js#62228).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return badRequest();
  }
  const context = publicationContext();
  const target = redirectFor(corpus, context, pathname);
  if (target !== undefined) {
    // Next turns a same-origin Location into a relative one, as in its own redirects.
    return NextResponse.redirect(new URL(target + search, request.url), 308);
  }
  if (isSearchRequest(pathname, request.nextUrl.searchParams)) return withNonce(request);
  const route = matchContentRoute(pathname);
  if (route && !contentRouteExists(corpus, context, route)) {
    // No route answers this path, so Next serves the prebuilt 404 page with status 404.
    return NextResponse.rewrite(new URL("/_unpublished", request.url));
  }
  return NextResponse.next();
}

/**
 * Search results are rendered for every request and never cached, so their inline scripts
 * cannot be hashed before the page streams: they get the page policy with a fresh nonce.
 * Next reads the policy from the request's header and writes the nonce on its scripts.
 */
function withNonce(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy({ nonce });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

const BAD_REQUEST_STYLE =
  "body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6}" +
  "nav{display:flex;justify-content:space-between;gap:1rem;flex-wrap:wrap}";

/** A page with no script, its only style allowed by hash (the page CSP of every HTML page). */
const BAD_REQUEST_CSP = contentSecurityPolicy({ styleHashes: [hashSource(BAD_REQUEST_STYLE)] });

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character]!,
  );
}

function badRequest() {
  const locale = DEFAULT_LOCALE;
  const dict = getDictionary(locale);
  // The quick exit is a plain link here: this page runs no script.
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${escapeHtml(dict.badRequest.title)}</title><style>${BAD_REQUEST_STYLE}</style></head>` +
    `<body><nav aria-label="${escapeHtml(dict.quickExit.region)}">` +
    `<a href="${escapeHtml(safetyPath(locale))}">${escapeHtml(dict.quickExit.safetyLink)}</a>` +
    `<a href="${escapeHtml(quickExitUrl())}" rel="nofollow noreferrer">${escapeHtml(dict.quickExit.label)}</a></nav>` +
    `<main><h1>${escapeHtml(dict.badRequest.title)}</h1><p>${escapeHtml(dict.badRequest.body)}</p>` +
    `<p><a href="${escapeHtml(homePath(locale))}">${escapeHtml(dict.notFound.home)}</a></p></main></body></html>`;
  return new NextResponse(html, {
    status: 400,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": BAD_REQUEST_CSP,
    },
  });
}

export const config = {
  // Static strings (Next reads them at build time). "/en" is DEFAULT_LOCALE's prefix; a
  // unit test checks that they agree.
  matcher: [
    "/:path(.*%.*)",
    "/search",
    "/:locale/search",
    // The news list with a query or filter shows search results (SEARCH_QUERY_KEYS).
    { source: "/:locale?/news", has: [{ type: "query", key: "q" }] },
    { source: "/:locale?/news", has: [{ type: "query", key: "category" }] },
    { source: "/:locale?/news", has: [{ type: "query", key: "country" }] },
    { source: "/:locale?/news", has: [{ type: "query", key: "initiative" }] },
    { source: "/:locale?/news", has: [{ type: "query", key: "signatory" }] },
    { source: "/:locale?/news", has: [{ type: "query", key: "year" }] },
    "/news/:path+",
    "/:locale/news/:path+",
    "/initiatives/:path+",
    "/:locale/initiatives/:path+",
    "/signatories/:path+",
    "/:locale/signatories/:path+",
    "/countries/:path+",
    "/:locale/countries/:path+",
    "/tags/:path+",
    "/:locale/tags/:path+",
    "/en",
    "/en/:path*",
    "/:path+/",
  ],
};
