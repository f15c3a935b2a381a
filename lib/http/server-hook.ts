/**
 * Answers what lib/http/request-guard.ts decides, on the Node HTTP server Next runs, before
 * Next sees the request. Installed once per process by instrumentation.ts (`register` runs
 * in the server's process before it serves its first request), for `next start` and the
 * standalone server alike: Next offers no hook before its own routing, and its proxy
 * cannot even be called for a TRACE request.
 *
 * It also answers a conditional request for a fresh page the client already holds with 304
 * (conditional-page.ts), without Next's routing, proxy or page; and it marks a request that
 * needs nothing from proxy.ts (page-request.ts), which then does not run for it.
 *
 * It also drains on SIGTERM: /healthz answers 503 and every response closes its connection,
 * so that Next's own shutdown (stop listening, finish what is in flight) ends once the
 * in-flight requests are answered; a process still alive after STOP_DEADLINE_MS exits.
 */
import http from "node:http";
import type { PageValidator } from "../cache/page-validators.mjs";
import { unsatisfiableRange } from "./byte-range";
import { PAGE_VARY, notModified } from "./conditional-page";
import { markCheckedPageRequest, removePageRequestMark } from "./page-request";
import { errorPageHeaders, errorPageHtml } from "./error-page";
import { ALLOWED_METHODS, requestVerdict } from "./request-guard";
import { BASELINE_CSP, SECURITY_HEADERS } from "../security/policy.mjs";

const INSTALLED = Symbol.for("spotlight-central-asia.request-guard");
export const STOP_DEADLINE_MS = 9_000;

const SECURITY = Object.fromEntries([
  ["content-security-policy", BASELINE_CSP],
  ...SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]),
]) as Record<string, string>;

let stopping = false;

function answer(
  response: http.ServerResponse,
  status: number,
  headers: Record<string, string>,
  body = "",
) {
  response.writeHead(status, {
    ...SECURITY,
    "cache-control": "no-store",
    "content-type": "text/plain; charset=utf-8",
    ...headers,
    "content-length": String(Buffer.byteLength(body)),
  });
  response.end(response.req.method === "HEAD" ? undefined : body);
}

/** A 304 repeats the headers of the page's 200 it stands for, with both of its policies. */
function notModifiedAnswer(response: http.ServerResponse, page: PageValidator) {
  for (const [name, value] of Object.entries(SECURITY)) response.setHeader(name, value);
  response.setHeader("content-security-policy", page.csp ? [BASELINE_CSP, page.csp] : BASELINE_CSP);
  response.setHeader("etag", page.etag);
  response.setHeader("cache-control", page.cacheControl);
  response.setHeader("vary", PAGE_VARY);
  response.writeHead(304);
  response.end();
}

/** Answers the request here, or returns false to let Next answer it. */
export function guard(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (stopping) response.setHeader("connection", "close");
  removePageRequestMark(request.headers);
  const verdict = requestVerdict(request.method, request.url ?? "/", request.headers);
  switch (verdict.kind) {
    case "pass": {
      const page = notModified(request.method, request.url ?? "/", request.headers);
      if (page) {
        notModifiedAnswer(response, page);
        return true;
      }
      markCheckedPageRequest(request.url ?? "/", request.headers);
      return false;
    }
    case "health":
      answer(response, stopping ? 503 : 200, {}, stopping ? "stopping\n" : "ok\n");
      return true;
    case "method-not-allowed":
      answer(response, 405, { allow: ALLOWED_METHODS }, "Method Not Allowed\n");
      return true;
    case "redirect":
      answer(response, 308, { location: verdict.location }, verdict.location);
      return true;
    case "bad-request":
      answer(response, 400, errorPageHeaders(), errorPageHtml(verdict.locale, "badRequest"));
      return true;
    case "range": {
      const size = unsatisfiableRange(process.cwd(), verdict.pathname, verdict.range);
      if (size === undefined) return false;
      answer(response, 416, { "content-range": `bytes */${size}` });
      return true;
    }
  }
}

export function installServerHook() {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit = prototype.emit as (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (guard(request, response)) return true;
    }
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
  process.once("SIGTERM", () => {
    stopping = true;
    setTimeout(() => process.exit(143), STOP_DEADLINE_MS).unref();
  });
}
