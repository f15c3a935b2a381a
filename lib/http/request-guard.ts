/**
 * What the server answers itself, before Next routes a request: requests Next would answer
 * with a 500, or without the security headers, or that need no routing at all.
 *
 * - A method other than GET or HEAD: 405 with `Allow`. The site has no forms or actions;
 *   Next would render a page for a POST (with only the baseline policy), fail on TRACE
 *   (its proxy cannot even build a Request for it) and fail on any other method for a
 *   static file (it renders a /405 page the App Router does not have).
 * - Repeated slashes or backslashes (//x, /\x): the same 308 redirect Next makes, with the
 *   security headers (Next's own carries none).
 * - A `Next-Router-State-Tree` header Next cannot read: 400 (Next fails with a 500 on any
 *   page it renders for the request).
 * - A `Range` no byte of a static file satisfies: 416 with `Content-Range` (Next fails on
 *   it with a 500, for the same reason as for methods).
 * - /healthz: "ok", for health checks (the cache tier, a load balancer, Docker), without
 *   any content work; 503 once the server has been told to stop.
 *
 * `requestVerdict` decides; lib/http/server-hook.ts answers (installed by instrumentation.ts).
 */
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { normalizeRepeatedSlashes } from "next/dist/shared/lib/utils";
import type { Locale } from "../i18n/config";
import { localeOfPath } from "../i18n/path-locale";

export const ALLOWED_METHODS = "GET, HEAD";
export const HEALTH_PATH = "/healthz";
const ROUTER_STATE_HEADER = "next-router-state-tree";
/** Paths served from files: hashed assets, and the files of public/. */
export const STATIC_PREFIX = "/_next/static/";

export type Verdict =
  | { kind: "pass" }
  | { kind: "health" }
  | { kind: "method-not-allowed" }
  | { kind: "redirect"; location: string }
  | { kind: "bad-request"; locale: Locale }
  /** A range request for what may be a file: checked against its size (byte-range.ts). */
  | { kind: "range"; pathname: string; range: string };

type Headers = Record<string, string | string[] | undefined>;

export function requestVerdict(method: string | undefined, url: string, headers: Headers): Verdict {
  if (method !== "GET" && method !== "HEAD") return { kind: "method-not-allowed" };
  const pathEnd = url.indexOf("?");
  const pathname = pathEnd === -1 ? url : url.slice(0, pathEnd);
  if (pathname.includes("//") || pathname.includes("\\")) {
    return { kind: "redirect", location: normalizeRepeatedSlashes(url) };
  }
  if (pathname === HEALTH_PATH) return { kind: "health" };
  const state = headers[ROUTER_STATE_HEADER];
  if (state !== undefined && !isReadableRouterState(state)) {
    return { kind: "bad-request", locale: localeOfPath(pathname) };
  }
  const range = headers.range;
  if (typeof range === "string" && !pathname.endsWith("/"))
    return { kind: "range", pathname, range };
  return { kind: "pass" };
}

/** Whether Next can read the router state a client sent (Next's own parser decides). */
function isReadableRouterState(value: string | string[]): boolean {
  try {
    parseAndValidateFlightRouterState(value);
    return true;
  } catch {
    return false;
  }
}
