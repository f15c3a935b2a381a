/**
 * A request for a page the reader (or a cache) already holds, answered with 304 by the server
 * before Next routes it: when the page is fresh and the request's If-None-Match names its
 * ETag. lib/cache/page-validators.mjs tells why the ETags are made there and not by Next.
 */
import type { IncomingHttpHeaders } from "node:http";
import { notModifiedPage, type PageValidator } from "../cache/page-validators.mjs";
import { DEFAULT_LOCALE } from "../i18n/config";
import { localeOfPath } from "../i18n/path-locale";

/** Requests of Next's client router, answered with the page's data rather than its HTML. */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-router-state-tree",
  "next-action",
];

/** What Next's 200 for a page varies on, repeated by its 304. */
export const PAGE_VARY =
  "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

/** The path Next caches a page's address under: the default language's pages live under /en. */
export function cachedPagePath(pathname: string): string {
  if (localeOfPath(pathname) !== DEFAULT_LOCALE) return pathname;
  return `/${DEFAULT_LOCALE}${pathname === "/" ? "" : pathname}`;
}

/**
 * The page a request may be answered with 304 for, or undefined to let Next answer. A query
 * string, or a request of the client router, always goes to Next.
 */
export function notModified(
  method: string | undefined,
  url: string,
  headers: IncomingHttpHeaders,
  now = Date.now(),
): PageValidator | undefined {
  if (method !== "GET" && method !== "HEAD") return undefined;
  const ifNoneMatch = headers["if-none-match"];
  if (typeof ifNoneMatch !== "string" || url.includes("?")) return undefined;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return undefined;
  return notModifiedPage(cachedPagePath(url), ifNoneMatch, now);
}
