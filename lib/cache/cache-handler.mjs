// @ts-check
/**
 * Next's cache handler (`cacheHandler` in next.config.ts), loaded by `next start` and the
 * standalone server, so plain JavaScript.
 *
 * - Every instance has its local cache: Next's file-system cache with each page's own
 *   Content-Security-Policy (lib/security/cache-handler.mjs). It holds the pages the build
 *   prerendered.
 * - With REDIS_URL set (several instances, `npm run serve:cluster`), a shared cache in Redis
 *   comes first: @fortedigital/nextjs-cache-handler's Redis handler, keyed by build. A page
 *   rendered by one instance (regenerated, or rendered on demand from the long tail) is a
 *   hit on every other. Reads fall back to the local cache on a miss, and whenever Redis is
 *   unreachable: the Redis client fails at once while disconnected and reconnects by itself.
 *   Writes go to both, so an instance keeps serving what it renders while Redis is away. The
 *   local cache then stays in memory (instances may share one build directory).
 * - A page rendered on an earlier day in the site's time zone is treated as absent, so what
 *   publishes itself at midnight (lib/publication.ts) is on every page within the first
 *   request of the day (lib/cache/publication-day.mjs).
 * - Every page gets its ETag here, once per render, and the pages served are noted so that the
 *   server can answer conditional requests for them itself (lib/cache/page-validators.mjs).
 */
import { CacheHandler as SharedCache } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";
import fs from "node:fs";
import path from "node:path";
import LocalCache, { addPageCsp, setPageCsp } from "../security/cache-handler.mjs";
import { addPageEtag, pagePathOfKey, rememberPage, setPageEtag } from "./page-validators.mjs";
import { renderedBeforeToday } from "./publication-day.mjs";

/** @typedef {{ lastModified?: number, value?: any, cacheControl?: unknown } | null} Entry */

/** How long a Redis command may take before the instance serves from its own cache. */
const REDIS_TIMEOUT_MS = 1_000;
/** A shared entry outlives its hour of freshness by a day, for instances that ask late. */
const SHARED_EXPIRE_AGE = (/** @type {number} */ staleAge) => staleAge + 24 * 60 * 60;
/** Next's cache control of an entry, carried beside it in Redis (the library stores none). */
const CACHE_CONTROL = "__cacheControl";

const RESPONSE_KINDS = new Set(["APP_PAGE", "APP_ROUTE", "PAGES"]);

/** @type {import("@redis/client").RedisClientType | undefined} */
let client;

/** The process's one Redis client, connecting (and reconnecting) in the background. */
function redisClient(/** @type {string} */ url) {
  if (client) return client;
  let reported = "";
  /** @param {string} state */
  const report = (state) => {
    if (state !== reported) console.warn(`[cache] Redis ${state}`);
    reported = state;
  };
  const created = /** @type {import("@redis/client").RedisClientType} */ (
    createClient({
      url,
      // While disconnected, commands fail at once instead of waiting in a queue.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: REDIS_TIMEOUT_MS,
        reconnectStrategy: (/** @type {number} */ retries) => Math.min(100 * 2 ** retries, 2_000),
      },
    })
  );
  created.on("error", (/** @type {Error} */ error) => report(`unreachable (${error.message})`));
  created.on("ready", () => report("connected"));
  created.connect().catch(() => {});
  client = created;
  return created;
}

function configureSharedCache(/** @type {string} */ url) {
  SharedCache.onCreation(({ buildId }) => ({
    handlers: [
      createRedisHandler({
        client: /** @type {any} */ (redisClient(url)),
        // Another build's pages name other scripts: each build has its own entries.
        keyPrefix: `site:${buildId ?? "dev"}:`,
        timeoutMs: REDIS_TIMEOUT_MS,
      }),
    ],
    ttl: { estimateExpireAge: SHARED_EXPIRE_AGE },
  }));
}

const REDIS_URL = process.env.REDIS_URL;
if (REDIS_URL) configureSharedCache(REDIS_URL);

/**
 * Each page's lifetime (`revalidate`, `expire`), by path: what the build prerendered is in its
 * manifest; what renders later is told to `set`, and Redis carries it beside its entries.
 * @type {Map<string, { revalidate?: number | false, expire?: number }>}
 */
const lifetimes = new Map();
let manifestRead = false;

function readPrerenderManifest(/** @type {string | undefined} */ serverDistDir) {
  if (manifestRead || !serverDistDir) return;
  manifestRead = true;
  try {
    const file = path.join(serverDistDir, "..", "prerender-manifest.json");
    /** @type {{ routes: Record<string, { initialRevalidateSeconds?: number | false, initialExpireSeconds?: number }> }} */
    const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
    for (const [route, { initialRevalidateSeconds, initialExpireSeconds }] of Object.entries(
      manifest.routes,
    )) {
      lifetimes.set(route, { revalidate: initialRevalidateSeconds, expire: initialExpireSeconds });
    }
  } catch {
    // No manifest (a test's handler): pages are noted once they are rendered.
  }
}

/**
 * Notes the page a key holds now for conditional requests, with its lifetime when this
 * entry tells it, else the last one known for its path.
 * @param {string} key
 * @param {Entry} entry
 * @param {any} [cacheControl]
 */
function notePage(key, entry, cacheControl) {
  const pagePath = pagePathOfKey(key);
  if (cacheControl) lifetimes.set(pagePath, cacheControl);
  rememberPage(key, entry, lifetimes.get(pagePath));
}

/**
 * Gives a page read from a cache its ETag, and notes it for conditional requests.
 * @param {string} key
 * @param {Entry} entry
 */
function served(key, entry) {
  if (!entry) rememberPage(key, null, undefined);
  if (entry?.value?.kind !== "APP_PAGE") return entry;
  addPageEtag(entry.value);
  notePage(key, entry, entry.cacheControl);
  return entry;
}

/** @param {Entry} entry */
function current(entry) {
  if (!entry || !RESPONSE_KINDS.has(entry.value?.kind)) return entry;
  return renderedBeforeToday(entry.lastModified ?? 0) ? null : entry;
}

export default class SiteCacheHandler {
  /** @param {any} context Next's cache handler context */
  constructor(context) {
    readPrerenderManifest(context?.serverDistDir);
    this.local = new LocalCache(REDIS_URL ? { ...context, flushToDisk: false } : context);
    this.shared = REDIS_URL ? new SharedCache(context) : undefined;
  }

  /**
   * @param {string} key
   * @param {any} context
   * @returns {Promise<Entry>}
   */
  async get(key, context) {
    if (this.shared) {
      /** @type {Entry} */
      const shared = await this.shared.get(key, context).catch(() => null);
      if (shared?.value && CACHE_CONTROL in shared.value) {
        shared.cacheControl = shared.value[CACHE_CONTROL];
        delete shared.value[CACHE_CONTROL];
      }
      addPageCsp(shared?.value);
      const entry = current(shared);
      if (entry) return served(key, entry);
    }
    return served(key, current(await this.local.get(key, context)));
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} context
   */
  async set(key, data, context) {
    setPageCsp(data);
    setPageEtag(data);
    if (data?.kind === "APP_PAGE") {
      notePage(key, { value: data, lastModified: Date.now() }, context?.cacheControl);
    }
    const local = this.local.set(key, data, context);
    if (this.shared && data) {
      const value = context?.cacheControl
        ? { ...data, [CACHE_CONTROL]: context.cacheControl }
        : data;
      await this.shared.set(key, value, context).catch(() => {});
    }
    await local;
  }

  /** @param {any[]} args */
  async revalidateTag(...args) {
    await Promise.all([
      this.local.revalidateTag(...args),
      this.shared?.revalidateTag(args[0]).catch(() => {}),
    ]);
  }

  resetRequestCache() {}
}
