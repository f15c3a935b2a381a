// @ts-check
/**
 * A page's ETag, made once per render, and the conditional requests it answers.
 *
 * Next can give every page an ETag itself (`generateEtags`), but it hashes the whole page
 * again for every request it serves: under load that was 29 % of an article's CPU time, more
 * than anything else (docs/performance.md). So Next's is off, and instead:
 * - the cache handler gives a page its ETag when the page is rendered or first read
 *   (`addPageEtag`), and Next sends it with the page's other stored headers;
 * - the cache handler notes here, for its process, the ETag and lifetime of each page it
 *   serves (`rememberPage`);
 * - the server answers a request whose If-None-Match names a page's ETag with 304 before Next
 *   routes it (`notModifiedPage`, used by lib/http/server-hook.ts).
 *
 * Only while the page is fresh: once it is stale, or was rendered on an earlier publication
 * day (publication-day.mjs), the request goes on to Next, which serves the page and renders it
 * again, exactly as without this. Plain JavaScript: loaded by `next start` with the cache
 * handler, and by the server hook; the two share the notes through `globalThis`.
 */
import { createHash } from "node:crypto";
import { getCacheControlHeader } from "next/dist/server/lib/cache-control.js";
import { CSP_HEADER } from "../security/policy.mjs";
import { renderedBeforeToday } from "./publication-day.mjs";

/** @typedef {{ kind?: string, html?: unknown, headers?: Record<string, string | string[] | number | undefined> }} CacheValue */
/** @typedef {{ revalidate?: number | false, expire?: number }} CacheControl */
/**
 * What a 304 for a page repeats of its 200: its ETag, its Cache-Control and its own policy.
 * @typedef {{ etag: string, cacheControl: string, csp: string | undefined, lastModified: number, freshUntil: number }} PageValidator
 */

const NOTES = Symbol.for("spotlight-central-asia.page-validators");
/**
 * Notes kept per process, the oldest forgotten first: at under 1 KB each (the policy is most
 * of it), 20,000 pages, far more than a site's readers open within a page's hour, stay under
 * 20 MB.
 */
export const MAX_REMEMBERED_PAGES = 20_000;
const ETAG_HEADER = "etag";

/** A strong validator of the page's exact HTML. */
export function pageEtag(/** @type {string} */ html) {
  return `"${createHash("sha256").update(html).digest("base64url").slice(0, 32)}"`;
}

/**
 * Gives a cached App Router page its ETag, unless it has one.
 * @param {CacheValue | null | undefined} value
 */
export function addPageEtag(value) {
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string") return;
  value.headers ??= {};
  if (typeof value.headers[ETAG_HEADER] === "string") return;
  value.headers[ETAG_HEADER] = pageEtag(value.html);
}

/**
 * Gives a page just rendered its ETag, replacing any it carried.
 * @param {CacheValue | null | undefined} value
 */
export function setPageEtag(value) {
  if (value?.headers) delete value.headers[ETAG_HEADER];
  addPageEtag(value);
}

/**
 * The page's path in a cache key: Next 16 keys pages as `/route-cache/APP_PAGE/<route>/$/en/news/x`.
 * @param {string} key
 */
export function pagePathOfKey(key) {
  const at = key.indexOf("/$/");
  return at === -1 ? key : key.slice(at + 2);
}

/** @returns {Map<string, PageValidator>} */
function notes() {
  const global = /** @type {Record<symbol, Map<string, PageValidator> | undefined>} */ (globalThis);
  return (global[NOTES] ??= new Map());
}

/**
 * Notes the page a cache key holds now, as the cache handler reads or stores it; forgets it
 * when there is nothing to answer a conditional request with.
 * @param {string} key Next's cache key
 * @param {{ value?: CacheValue | null, lastModified?: number } | null | undefined} entry
 * @param {CacheControl | undefined} cacheControl the page's lifetime, when known
 */
export function rememberPage(key, entry, cacheControl) {
  const path = pagePathOfKey(key);
  const pages = notes();
  pages.delete(path);
  const value = entry?.value;
  const etag = value?.kind === "APP_PAGE" ? value.headers?.[ETAG_HEADER] : undefined;
  const revalidate = cacheControl?.revalidate;
  const lastModified = entry?.lastModified;
  if (typeof etag !== "string" || typeof revalidate !== "number" || revalidate <= 0) return;
  if (typeof lastModified !== "number" || lastModified <= 0) return;
  const csp = value?.headers?.[CSP_HEADER];
  pages.set(path, {
    etag,
    // The header Next sends with the page's 200.
    cacheControl: getCacheControlHeader({ revalidate, expire: cacheControl?.expire }),
    csp: typeof csp === "string" ? csp : undefined,
    lastModified,
    freshUntil: lastModified + revalidate * 1000,
  });
  if (pages.size > MAX_REMEMBERED_PAGES)
    pages.delete(/** @type {string} */ (pages.keys().next().value));
}

/** Forgets every page (a test's fresh start). */
export function forgetPages() {
  notes().clear();
}

/**
 * Whether an If-None-Match names this ETag (the weak comparison RFC 9110 asks for).
 * @param {string} ifNoneMatch
 * @param {string} etag
 */
export function ifNoneMatchNames(ifNoneMatch, etag) {
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === wanted);
}

/**
 * The page at `path` (e.g. /en/news/x), when it is fresh and the request's If-None-Match names
 * its current ETag: the request may then be answered with 304.
 * @param {string} path
 * @param {string} ifNoneMatch
 * @param {number} [now]
 * @returns {PageValidator | undefined}
 */
export function notModifiedPage(path, ifNoneMatch, now = Date.now()) {
  const page = notes().get(path);
  if (!page || now >= page.freshUntil || renderedBeforeToday(page.lastModified, now)) return;
  return ifNoneMatchNames(ifNoneMatch, page.etag) ? page : undefined;
}
