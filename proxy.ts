import { NextResponse, type NextRequest } from "next/server";
import { corpus } from "./lib/corpus";
import { DEFAULT_LOCALE } from "./lib/i18n/config";
import { getDictionary } from "./lib/i18n/dictionary";
import { publicationContext } from "./lib/publication";
import { isDatedRoutePublic, matchDatedRoute } from "./lib/routing";

/**
 * Runs before the dated routes (articles and archive pages) and any path containing "%".
 *
 * - Articles and archive pages are rendered on demand once their date has come, so a
 *   scheduled item publishes itself without a rebuild. Before that (and for unknown
 *   slugs) this answers with the prebuilt 404 page: a 404 rendered on demand would reach
 *   the reader without its HTML body in Next 16 (vercel/next.js#62228).
 * - A path with broken percent-encoding (e.g. /news/%E0%A4%A), which Next's router would
 *   answer with a 500, gets a 400 page.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return badRequest();
  }
  const route = matchDatedRoute(pathname);
  if (route && !isDatedRoutePublic(corpus, publicationContext(), route)) {
    // No route answers this path, so Next serves the prebuilt 404 page with status 404.
    return NextResponse.rewrite(new URL("/_unpublished", request.url));
  }
  return NextResponse.next();
}

function badRequest() {
  const dict = getDictionary(DEFAULT_LOCALE);
  const html = `<!doctype html><html lang="${DEFAULT_LOCALE}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${dict.badRequest.title}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6"><h1>${dict.badRequest.title}</h1><p>${dict.badRequest.body}</p><p><a href="/">${dict.notFound.home}</a></p></body></html>`;
  return new NextResponse(html, {
    status: 400,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

export const config = {
  matcher: ["/:path(.*%.*)", "/news/:path+", "/:locale/news/:path+"],
};
