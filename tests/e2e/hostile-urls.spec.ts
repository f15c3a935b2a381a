import http from "node:http";
import { expect, test } from "@playwright/test";
import { DEFAULT_LOCALE, LOCALES } from "../../lib/i18n/config";
import { getDictionary } from "../../lib/i18n/dictionary";
import { PAGE_REQUEST_CHECKED_HEADER } from "../../lib/routing";
import { BASELINE_CSP } from "../../lib/security/policy.mjs";
import { news } from "./content";
import { paths } from "./helpers";

/**
 * Runs against `next start` (project "chromium") and against the cluster, nginx in front of
 * two instances (project "cluster", playwright.config.ts): neither answers any of these with
 * a 5xx, and both answer them alike.
 */

/**
 * Requests a path exactly as written: browsers and URL parsers would normalise "..",
 * "%2e%2e" and backslashes before sending, which is not what an attacker's client does.
 */
function rawRequest(
  baseURL: string,
  path: string,
  { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<{
  status: number;
  body: string;
  location?: string;
  headers: http.IncomingHttpHeaders;
}> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { hostname, port, path, method, headers, insecureHTTPParser: false },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body,
            location: response.headers.location,
            headers: response.headers,
          }),
        );
      },
    );
    request.on("error", reject);
    request.end();
  });
}

const LONG = "a".repeat(3_000);

/** Paths that name no page: answered with 400 or 404 (431 when longer than the server reads). */
const HOSTILE_PATHS = [
  // Path traversal, plain, encoded, double-encoded and with backslashes.
  "/../../../../etc/passwd",
  "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
  "/news/..%2f..%2f..%2fetc%2fpasswd",
  "/news/%2e%2e%2f%2e%2e%2fpackage.json",
  "/news/%252e%252e%252fpackage.json",
  "/_next/static/../../package.json",
  "/_next/static/%2e%2e/%2e%2e/package.json",
  "/_next/static/chunks/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json",
  "/..%5c..%5c..%5cwindows%5cwin.ini",
  "/icon.svg/../../package.json",
  "/en/../../etc/passwd",
  // Encoded slashes and odd segments.
  "/news/a%2Fb",
  "/signatories/un-women%2F..%2F..%2F",
  "/initiatives/%2F%2Fevil.example",
  "/news/;jsessionid=1",
  "/news/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "/news/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F",
  // Over-long slugs.
  `/news/${LONG}`,
  `/initiatives/${LONG}`,
  `/signatories/${LONG}-${LONG}`,
  `/news/page/${"9".repeat(400)}`,
  // Invalid UTF-8 and broken percent-encoding.
  "/news/%C0%AF",
  "/news/%FF%FE",
  "/%E0%A4%A",
  "/news/%",
  "/news/%zz",
  "/%00",
  "/news/%00",
  "/signatories/un-women%00",
  // Page numbers that are not page numbers.
  "/news/page/99999999999999999999999",
  "/news/page/1e309",
  "/news/page/-1",
  "/news/page/0",
  "/news/page/0x10",
  "/news/page/NaN",
  "/news/page/Infinity",
  "/news/page/1.5",
  // Things scanners ask for.
  "/.env",
  "/.git/config",
  "/wp-admin",
  "/index.php",
  "/api/anything",
  "/_next/data/build/page.json",
  "/_next/image?url=https%3A%2F%2Fevil.example%2Fx.png&w=64&q=75",
  "/_next/image?url=%2F..%2F..%2Fpackage.json&w=64&q=75",
];

/** Query strings a page does not use are ignored: the page is served as usual. */
const HOSTILE_QUERIES = [
  "/news?page=-1",
  "/news?page=99999999999999999999",
  "/news?page=abc",
  "/news?page[]=1&page[]=2",
  "/news?__proto__[polluted]=1",
  "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "/?%E0%A4%A=1",
  "/?q=%FF%FE%00",
  `/?q=${"b".repeat(6_000)}`,
  "/signatories/un-women?slug=../../etc/passwd",
];

test.describe("hostile addresses never cause a server error", () => {
  test("paths naming no page are answered with a 4xx", async ({ baseURL }) => {
    const answers: string[] = [];
    for (const path of HOSTILE_PATHS) {
      const { status, body } = await rawRequest(baseURL!, path);
      answers.push(`${status} ${path.slice(0, 80)}`);
      expect(status, path.slice(0, 120)).toBeGreaterThanOrEqual(400);
      expect(status, path.slice(0, 120)).toBeLessThan(500);
      expect(body, path.slice(0, 120)).not.toMatch(/root:x:0:0|"name": "spotlight-central-asia"/);
    }
    test.info().annotations.push({ type: "answers", description: answers.join("\n") });
  });

  test("repeated slashes and backslashes are redirected within the site", async ({ baseURL }) => {
    for (const path of [
      "//news",
      "///etc/passwd",
      "//evil.example/",
      "/\\evil.example/",
      "/news/..\\..\\package.json",
      "/en//evil.example",
      "/en/%2F%2Fevil.example",
      "/news//page//2",
    ]) {
      const { status, location } = await rawRequest(baseURL!, path);
      expect(status, path).toBe(308);
      // A path on this site: never //host or /\host, which browsers read as another site.
      expect(location, path).toMatch(/^\/(?![/\\])/);
    }
  });

  test("odd query strings are ignored", async ({ baseURL }) => {
    for (const path of HOSTILE_QUERIES) {
      const { status, body } = await rawRequest(baseURL!, path);
      expect(status, path.slice(0, 120)).toBe(200);
      expect(body, path).not.toContain("<script>alert(1)</script>");
    }
  });

  test("odd framework headers are refused, never an error", async ({ baseURL }) => {
    const cases: { path: string; headers: Record<string, string> }[] = [
      { path: "/news", headers: { RSC: "1", "Next-Router-Segment-Prefetch": "/../../x" } },
      { path: "/", headers: { "X-Forwarded-Host": "evil.example", Host: "evil.example" } },
      { path: "/news", headers: { "Accept-Language": "x".repeat(4_000) } },
    ];
    for (const { path, headers } of cases) {
      const { status } = await rawRequest(baseURL!, path, { headers });
      expect(status, `${path} ${JSON.stringify(headers).slice(0, 60)}`).toBeLessThan(500);
    }
  });
});

/** The headers every answer carries, whoever gives it (policy.mjs, deploy/nginx). */
function expectSecurityHeaders(headers: http.IncomingHttpHeaders, label: string) {
  expect(headers["strict-transport-security"], label).toMatch(/^max-age=\d+; includeSubDomains$/);
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["referrer-policy"], label).toBe("no-referrer");
  expect(String(headers["content-security-policy"]), label).toContain(BASELINE_CSP);
}

const ARTICLE = paths.article(news[0]!.slug);

async function aScript(baseURL: string): Promise<string> {
  const { body } = await rawRequest(baseURL, "/");
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(body)?.[1];
  expect(script).toBeDefined();
  return script!;
}

test.describe("requests no page answers with a server error", () => {
  test("methods other than GET and HEAD get 405 with Allow, on pages, feeds, images and files", async ({
    baseURL,
  }) => {
    const targets = [
      "/",
      "/news",
      "/ru/news",
      ARTICLE,
      `${ARTICLE}/opengraph-image`,
      "/feed.xml",
      "/sitemap.xml",
      "/robots.txt",
      paths.search("violence"),
      "/no-such-page",
      "/favicon.ico",
      await aScript(baseURL!),
    ];
    for (const path of targets) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]) {
        const label = `${method} ${path}`;
        const { status, headers } = await rawRequest(baseURL!, path, {
          method,
          headers: method === "POST" ? { "content-type": "application/x-www-form-urlencoded" } : {},
        });
        expect(status, label).toBe(405);
        expect(headers.allow, label).toBe("GET, HEAD");
        expectSecurityHeaders(headers, label);
      }
    }
    // A form posted to a page, and a server action that does not exist, alike.
    const action = await rawRequest(baseURL!, "/", {
      method: "POST",
      headers: { "Next-Action": "0123456789abcdef" },
    });
    expect(action.status).toBe(405);
    // HEAD is a GET without its body.
    expect((await rawRequest(baseURL!, ARTICLE, { method: "HEAD" })).status).toBe(200);
  });

  test("a router state Next cannot read gets 400 on any page", async ({ baseURL }) => {
    for (const path of [paths.search("violence"), "/search", "/news", ARTICLE, "/news/nope", "/"]) {
      for (const tree of ["%E0%A4%A", "[[[", '[""]', "{}", "null", "[1,2,3]"]) {
        const label = `${path} ${tree}`;
        const { status, headers } = await rawRequest(baseURL!, path, {
          headers: { RSC: "1", "Next-Router-State-Tree": tree },
        });
        expect(status, label).toBe(400);
        expectSecurityHeaders(headers, label);
      }
    }
  });

  test("every language answers an unreadable request with its 400 and an unknown address with its 404", async ({
    baseURL,
  }) => {
    for (const locale of LOCALES) {
      const prefix = locale === DEFAULT_LOCALE ? "" : `/${locale}`;
      const dict = getDictionary(locale);
      const cases: {
        path: string;
        headers: Record<string, string>;
        status: number;
        title: string;
      }[] = [
        // Read by the request guard (lib/http), before Next routes anything.
        {
          path: `${prefix}/news`,
          headers: { RSC: "1", "Next-Router-State-Tree": "[[[" },
          status: 400,
          title: dict.badRequest.title,
        },
        // Read by proxy.ts.
        { path: `${prefix}/news/%zz`, headers: {}, status: 400, title: dict.badRequest.title },
        {
          path: `${prefix}/news/no-such-item`,
          headers: {},
          status: 404,
          title: dict.notFound.title,
        },
      ];
      for (const { path, headers: requestHeaders, status, title } of cases) {
        const {
          status: answered,
          body,
          headers,
        } = await rawRequest(baseURL!, path, {
          headers: requestHeaders,
        });
        expect(answered, path).toBe(status);
        expect(body, path).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
        expect(body, path).toContain(title);
        expectSecurityHeaders(headers, path);
      }
    }
  });

  test("static files answer a range they cannot satisfy with 416, and a good one with 206", async ({
    baseURL,
  }) => {
    for (const path of ["/favicon.ico", await aScript(baseURL!)]) {
      for (const range of ["bytes=999999999-", "bytes=abc", "bytes=5-2"]) {
        const { status, headers } = await rawRequest(baseURL!, path, { headers: { range } });
        expect(status, `${path} ${range}`).toBe(416);
        expect(headers["content-range"], `${path} ${range}`).toMatch(/^bytes \*\/\d+$/);
        expectSecurityHeaders(headers, `${path} ${range}`);
      }
      const partial = await rawRequest(baseURL!, path, { headers: { range: "bytes=0-9" } });
      expect(partial.status, path).toBe(206);
      expect(partial.headers["content-range"], path).toMatch(/^bytes 0-9\/\d+$/);
    }
  });

  test("redirects carry the security headers", async ({ baseURL }) => {
    for (const path of ["//news", "/news/", "/en/news", "/\\news"]) {
      const { status, headers } = await rawRequest(baseURL!, path);
      expect(status, path).toBe(308);
      expectSecurityHeaders(headers, path);
    }
  });

  test("an unknown preview image is a 404 no shared cache keeps", async ({ baseURL }) => {
    for (const path of [
      "/news/no-such-item/opengraph-image",
      "/ru/initiatives/no-such-initiative/opengraph-image",
    ]) {
      const { status, headers } = await rawRequest(baseURL!, path);
      expect(status, path).toBe(404);
      expect(headers["cache-control"], path).toMatch(/no-store/);
      expect(headers["cache-control"], path).not.toMatch(/public|s-maxage/);
      expectSecurityHeaders(headers, path);
    }
  });

  test("a client's own page-request mark skips none of the checks", async ({ baseURL }) => {
    // The server sets this mark on requests it has checked (lib/http/page-request.ts), and
    // the proxy then skips them: sent by a client, it is removed before anything reads it.
    const headers = { [PAGE_REQUEST_CHECKED_HEADER]: "1" };
    const unknown = await rawRequest(baseURL!, "/news/no-such-item", { headers });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain(getDictionary(DEFAULT_LOCALE).notFound.title);
    expect(unknown.headers["cache-control"]).toMatch(/no-store/);
    const prefixed = await rawRequest(baseURL!, `/en${paths.article(news[0]!.slug)}`, { headers });
    expect(prefixed.status).toBe(308);
    const broken = await rawRequest(baseURL!, "/news/%E0%A4%A", { headers });
    expect(broken.status).toBe(400);
    const known = await rawRequest(baseURL!, paths.article(news[0]!.slug), { headers });
    expect(known.status).toBe(200);
  });

  test("health checks get a plain answer", async ({ baseURL }) => {
    const { status, body, headers } = await rawRequest(baseURL!, "/healthz");
    expect(status).toBe(200);
    expect(body).toBe("ok\n");
    expect(headers["cache-control"]).toBe("no-store");
  });
});
