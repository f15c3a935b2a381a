import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE } from "./lib/i18n/config";
import { getDictionary } from "./lib/i18n/dictionary";

/**
 * Next's router answers a path with broken percent-encoding (e.g. /news/%E0%A4%A) with a
 * 500. This answers 400 with a plain page instead. The matcher limits it to paths that
 * contain a "%", so ordinary requests never pay for it.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    const dict = getDictionary(DEFAULT_LOCALE);
    const html = `<!doctype html><html lang="${DEFAULT_LOCALE}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${dict.badRequest.title}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6"><h1>${dict.badRequest.title}</h1><p>${dict.badRequest.body}</p><p><a href="/">${dict.notFound.home}</a></p></body></html>`;
    return new NextResponse(html, {
      status: 400,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  }
}

export const config = { matcher: ["/:path(.*%.*)"] };
