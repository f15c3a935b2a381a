/**
 * What a request for a page needs before Next renders anything, decided once for proxy.ts
 * and for the server hook (lib/http/server-hook.ts), so the two never disagree:
 *
 * - `bad-request`: broken percent-encoding (e.g. /news/%E0%A4%A), which Next's router would
 *   answer with a 500.
 * - `redirect`: a non-canonical path (/en/news, /news/, /news/page/1), or a renamed
 *   document's former address (its `aliases`).
 * - `search`: search results, rendered for each request, so they need a nonce.
 * - `problems`: under `npm run dev` only, an item whose file has a problem.
 * - `not-found`: an address that names no page today (an unknown path, an unknown or
 *   unpublished slug, a page beyond a list's last).
 * - `serve`: anything else, which Next serves as it is.
 */
import type { IncomingHttpHeaders } from "node:http";
import { contentProblemsAt, defaultCorpus, getCorpus } from "../corpus";
import type { Locale } from "../i18n/config";
import { publicationContext } from "../publication";
import {
  PAGE_REQUEST_CHECKED_HEADER,
  isSearchRequest,
  localeOfPath,
  matchRoute,
  redirectFor,
  routeExists,
} from "../routing";

export type PageRequest =
  | { kind: "bad-request"; locale: Locale }
  | { kind: "redirect"; location: string }
  | { kind: "search" }
  | { kind: "problems"; locale: Locale }
  | { kind: "not-found"; locale: Locale }
  | { kind: "serve" };

export function pageRequest(pathname: string, query: URLSearchParams): PageRequest {
  const locale = localeOfPath(pathname);
  try {
    decodeURIComponent(pathname);
  } catch {
    return { kind: "bad-request", locale };
  }
  const context = publicationContext();
  const target = redirectFor(defaultCorpus(), context, pathname);
  if (target !== undefined) return { kind: "redirect", location: target };
  const route = matchRoute(pathname);
  if (isSearchRequest(pathname, query, route)) return { kind: "search" };
  if (process.env.NODE_ENV === "development" && contentProblemsAt(route).length > 0) {
    return { kind: "problems", locale: route.locale };
  }
  if (!routeExists(getCorpus(route.locale), context, route)) {
    return { kind: "not-found", locale: route.locale };
  }
  return { kind: "serve" };
}

/** Paths the server hook decides for; any other is left to proxy.ts, which reads it as Next does. */
const PLAIN_PATH = /^\/[A-Za-z0-9/-]*$/;

/** The server hook removes the mark from every request it receives: no client may set it. */
export function removePageRequestMark(headers: IncomingHttpHeaders): void {
  delete headers[PAGE_REQUEST_CHECKED_HEADER];
}

/**
 * The server hook's part (production): marks the request if it needs nothing from proxy.ts,
 * whose matcher then skips it. `headers` is the request's own, which Next reads after the hook.
 */
export function markCheckedPageRequest(url: string, headers: IncomingHttpHeaders): void {
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (!PLAIN_PATH.test(pathname)) return;
  const query = new URLSearchParams(queryAt === -1 ? "" : url.slice(queryAt + 1));
  if (pageRequest(pathname, query).kind === "serve") headers[PAGE_REQUEST_CHECKED_HEADER] = "1";
}
