/**
 * The small error pages answered outside Next's rendering, in the address's language: the
 * 400 page for an address or router header that cannot be read (proxy.ts,
 * lib/http/request-guard.ts) and the "temporarily unavailable" page that the cache tier
 * serves when no instance answers (written at build time by scripts/cluster/tier-files.ts).
 *
 * Each is one static HTML document: no script, its only style allowed by hash, the quick
 * exit as a plain link, the words from the language's dictionary.
 */
import type { Locale } from "../i18n/config";
import { getDictionary } from "../i18n/dictionary";
import { contentSecurityPolicy, hashSource } from "../security/policy.mjs";
import { quickExitUrl } from "../site";
import { homePath, safetyPath } from "../urls";

const STYLE =
  "body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6}" +
  "nav{display:flex;justify-content:space-between;gap:1rem;flex-wrap:wrap}";

/** The page policy of every error page: no script, the one style by its hash. */
export const ERROR_PAGE_CSP = contentSecurityPolicy({ styleHashes: [hashSource(STYLE)] });

export type ErrorPageKind = "badRequest" | "unavailable";

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character]!,
  );
}

/** The HTML of an error page in `locale`. */
export function errorPageHtml(locale: Locale, kind: ErrorPageKind): string {
  const dict = getDictionary(locale);
  const { title, body } = dict[kind];
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
    `<body><nav aria-label="${escapeHtml(dict.quickExit.region)}">` +
    `<a href="${escapeHtml(safetyPath(locale))}">${escapeHtml(dict.quickExit.safetyLink)}</a>` +
    `<a href="${escapeHtml(quickExitUrl(locale))}" rel="nofollow noreferrer">${escapeHtml(dict.quickExit.label)}</a></nav>` +
    `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>` +
    `<p><a href="${escapeHtml(homePath(locale))}">${escapeHtml(dict.notFound.home)}</a></p></main></body></html>`
  );
}

/** Headers of an error page answered by the site itself (never stored). */
export function errorPageHeaders(): Record<string, string> {
  return {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": ERROR_PAGE_CSP,
  };
}
