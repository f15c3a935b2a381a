// @ts-check
/**
 * The site's HTTP security headers and Content-Security-Policy, in plain JavaScript so the
 * same code serves next.config.ts, proxy.ts, the cache handler (loaded by `next start`
 * without a build step) and the tests.
 *
 * Two policies reach the browser for an HTML page, and the browser enforces both:
 * - BASELINE_CSP, on every response (next.config.ts headers()): the directives that never
 *   depend on the page (plugins, <base>, form targets, framing). It says nothing about
 *   scripts, so it never blocks the page's own inline scripts.
 * - pageCsp(html), added to each HTML page when it is rendered (lib/security/cache-handler.mjs):
 *   `default-src 'none'`, same-origin sources only, and the SHA-256 hash of each inline
 *   <script> of that very HTML. No 'unsafe-inline', no 'unsafe-eval', no nonce, so pages stay
 *   static.
 * - The search page alone is rendered for every request (its results depend on the query),
 *   so it is never cached and cannot be hashed before it streams: proxy.ts gives it the same
 *   policy with a fresh random nonce instead, which Next writes on each of its scripts.
 */
import { createHash } from "node:crypto";

/** Directives that hold for every response, whatever it is. */
export const BASELINE_DIRECTIVES = [
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const BASELINE_CSP = BASELINE_DIRECTIVES.join("; ");

/**
 * The full policy of a page whose inline scripts and styles have these hashes
 * (`'sha256-…'` sources), or — for a page rendered per request — carry this nonce.
 * @param {{ scriptHashes?: readonly string[], styleHashes?: readonly string[], nonce?: string }} [sources]
 * @returns {string}
 */
export function contentSecurityPolicy({ scriptHashes = [], styleHashes = [], nonce } = {}) {
  const nonceSource = nonce ? [`'nonce-${nonce}'`] : [];
  return [
    "default-src 'none'",
    ["script-src", "'self'", ...nonceSource, ...scriptHashes].join(" "),
    ["style-src", "'self'", ...styleHashes].join(" "),
    "img-src 'self'",
    "font-src 'self'",
    // Client-side navigation fetches the next page's data from the same origin.
    "connect-src 'self'",
    "manifest-src 'self'",
    ...BASELINE_DIRECTIVES,
  ].join("; ");
}

/**
 * A CSP hash source for a piece of inline code, as the browser computes it: over the
 * UTF-8 bytes of the element's text, after the HTML parser has normalised line breaks.
 * @param {string} code
 * @returns {string}
 */
export function hashSource(code) {
  const normalised = code.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(normalised, "utf8").digest("base64")}'`;
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/**
 * The hash sources of the inline scripts and style elements of an HTML document, each once,
 * in order of appearance. The HTML is produced by React, which never lets `</script` or
 * `</style` appear inside such an element, so a regular expression finds them exactly.
 * @param {string} html
 * @returns {{ scriptHashes: string[], styleHashes: string[] }}
 */
export function inlineHashes(html) {
  const scriptHashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const attributes = match[1] ?? "";
    const code = match[2] ?? "";
    if (HAS_SRC.test(attributes) || code === "") continue;
    scriptHashes.add(hashSource(code));
  }
  const styleHashes = new Set();
  for (const match of html.matchAll(INLINE_STYLE)) {
    if (match[1]) styleHashes.add(hashSource(match[1]));
  }
  return { scriptHashes: [...scriptHashes], styleHashes: [...styleHashes] };
}

/**
 * The full policy for this HTML document.
 * @param {string} html
 * @returns {string}
 */
export function pageCsp(html) {
  return contentSecurityPolicy(inlineHashes(html));
}

/** Headers for every response, besides the CSP. */
export const SECURITY_HEADERS = [
  // Two years, for this host and its subdomains (HTTPS only; browsers ignore it over HTTP).
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Other sites never learn which page a reader came from.
  { key: "Referrer-Policy", value: "no-referrer" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  // For browsers without CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-DNS-Prefetch-Control", value: "off" },
];

/** The header name under which a page's own policy travels in Next's cache entries. */
export const CSP_HEADER = "content-security-policy";
