// @ts-check
/**
 * Next's own file-system cache for prerendered and regenerated pages, plus one thing: every
 * HTML page it stores or serves carries its own Content-Security-Policy, with the SHA-256
 * hash of each of its inline scripts (lib/security/policy.mjs).
 *
 * - A page rendered while the site runs (ISR regeneration, an article rendered on demand on
 *   its publication day) passes through `set` before it is sent: the policy is computed from
 *   the HTML just rendered, stored with it, and sent with that very response (Next sends the
 *   headers of the entry it has just stored).
 * - A page prerendered by `next build` is written to disk without it; `get` adds it the first
 *   time the page is read, and Next's in-memory cache keeps it.
 *
 * The policy is therefore always computed from the exact HTML being served, once per render,
 * and pages stay static: no nonce, no per-request rendering. Loaded by `next start` through
 * `cacheHandler` in next.config.ts, so it is plain JavaScript.
 */
import * as fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { CSP_HEADER, pageCsp } from "./policy.mjs";

/** @typedef {{ kind?: string, html?: unknown, headers?: Record<string, string | string[] | number | undefined> }} CacheValue */

/** @type {any} */
const fsCacheModule = fileSystemCache;
/** @type {new (context: unknown) => { get(key: string, context: unknown): Promise<any>, set(key: string, data: any, context: unknown): Promise<void> }} */
const FileSystemCache = fsCacheModule.default?.default ?? fsCacheModule.default;

/**
 * Adds the page's policy to a cached App Router page, unless it has one already.
 * @param {CacheValue | null | undefined} value
 */
export function addPageCsp(value) {
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string") return;
  value.headers ??= {};
  if (value.headers[CSP_HEADER]) return;
  value.headers[CSP_HEADER] = pageCsp(value.html);
}

/**
 * Gives a page just rendered its policy, replacing any it carried.
 * @param {CacheValue | null | undefined} value
 */
export function setPageCsp(value) {
  if (value?.headers) delete value.headers[CSP_HEADER];
  addPageCsp(value);
}

export default class CspCacheHandler extends FileSystemCache {
  /**
   * @param {string} key
   * @param {unknown} context
   */
  async get(key, context) {
    const entry = await super.get(key, context);
    addPageCsp(entry?.value);
    return entry;
  }

  /**
   * @param {string} key
   * @param {CacheValue | null} data
   * @param {unknown} context
   */
  async set(key, data, context) {
    setPageCsp(data);
    return super.set(key, data, context);
  }
}
