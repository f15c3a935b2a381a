import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import {
  canonicalPath,
  isSearchRequest,
  localeOfPath,
  matchRoute,
  PAGE_REQUEST_CHECKED_HEADER,
  proxyMatcher,
} from "@/lib/routing";
import { SEARCH_QUERY_KEYS } from "@/lib/urls";

describe("canonical paths (redirected by proxy.ts)", () => {
  it.each([
    ["/en", "/"],
    ["/en/", "/"],
    ["/en/news", "/news"],
    ["/en/news/some-article", "/news/some-article"],
    ["/news/", "/news"],
    ["/initiatives//", "/initiatives"],
    ["/news/page/1", "/news"],
    ["/en/news/page/1", "/news"],
    ["/news/page/1/", "/news"],
    // Never a redirect to another site.
    ["/en//evil.example", "/evil.example"],
    ["/en/\\evil.example", "/evil.example"],
    ["//evil.example/", "/evil.example"],
  ])("%s → %s", (path, canonical) => {
    expect(canonicalPath(path)).toBe(canonical);
  });

  it.each([
    "/",
    "/news",
    "/news/page/2",
    "/news/some-article",
    "/english",
    "/enx/news",
    "/fr/news/page/1",
  ])("%s is canonical (or not ours to redirect)", (path) => {
    expect(canonicalPath(path)).toBeUndefined();
  });
});

describe("the proxy's matcher (config.matcher of proxy.ts)", () => {
  it("is the matcher lib/routing.ts derives from the address table", () => {
    expect(config.matcher).toEqual(proxyMatcher());
  });

  const runs = (url: string) => unstable_doesMiddlewareMatch({ config, url, nextConfig: {} });

  it.each([
    "/",
    "/ru",
    "/news",
    "/ru/news",
    "/initiatives",
    "/ru/signatories",
    "/staying-safe-online",
    "/feed.xml",
    "/ru/atom.xml",
    "/feed.json",
    "/opengraph-image",
    "/ru/opengraph-image",
    "/sitemap.xml",
    "/robots.txt",
    "/favicon.ico",
    "/icon.svg",
    "/_next/static/chunks/x.js",
    "/news?page=2",
  ])("does not run for %s, which always exists", (url) => {
    expect(runs(url)).toBe(false);
    expect(["fixed", "file"]).toContain(matchRoute(url.split("?")[0]!).kind);
  });

  it.each([
    "/news/some-article",
    "/ru/news/some-article",
    "/news/some-article/opengraph-image",
    "/news/page/2",
    "/news/year/2021",
    "/ru/countries/kz/page/2",
    "/tags/data",
    "/initiatives/spotlight",
    "/signatories/un-women",
    "/search",
    "/ru/search",
    "/search?q=alliance",
    ...SEARCH_QUERY_KEYS.map((key) => `/news?${key}=x`),
    ...SEARCH_QUERY_KEYS.map((key) => `/ru/news?${key}=x`),
    "/en",
    "/en/news",
    "/news/",
    "/ru/",
    "/no-such-page",
    "/ru/no-such-page",
    "/ru/news/a/b/c",
    "/news%E0%A4%A",
    "/favicon.ico/x",
    "/sitemap.xml.bak",
  ])("runs for %s, whose answer depends on the content or the address", (url) => {
    expect(runs(url)).toBe(true);
    // Unless the server hook has checked the request already (lib/http/page-request.ts).
    const checked = { [PAGE_REQUEST_CHECKED_HEADER]: "1" };
    expect(unstable_doesMiddlewareMatch({ config, url, headers: checked, nextConfig: {} })).toBe(
      false,
    );
  });
});

describe("the address table", () => {
  it.each([
    ["/news/x", { locale: "en", kind: "article", slug: "x" }],
    ["/ru/news/x", { locale: "ru", kind: "article", slug: "x" }],
    ["/news/page/3", { locale: "en", kind: "news-page", page: "3" }],
    [
      "/news/year/2021/page/2",
      { locale: "en", kind: "year", year: "2021", segments: ["page", "2"] },
    ],
    ["/ru/tags/data/page/2", { locale: "ru", kind: "tag", slug: "data", segments: ["page", "2"] }],
    ["/countries/kz", { locale: "en", kind: "country", code: "kz", segments: [] }],
    [
      "/initiatives/x/opengraph-image",
      { locale: "en", kind: "preview", of: "initiative", slug: "x" },
    ],
    ["/ru/search", { locale: "ru", kind: "search" }],
    ["/ru/about", { locale: "ru", kind: "unknown" }],
    ["/news/x/y", { locale: "en", kind: "unknown" }],
    ["/fr/news", { locale: "en", kind: "unknown" }],
  ])("%s names %o", (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  it("gives every path the language of its prefix", () => {
    expect(localeOfPath("/ru/news/x")).toBe("ru");
    expect(localeOfPath("/russia")).toBe(DEFAULT_LOCALE);
    expect(localeOfPath("/news")).toBe(DEFAULT_LOCALE);
  });
});

describe("search requests (rendered per request, given a nonce by proxy.ts)", () => {
  const query = (text: string) => new URLSearchParams(text);
  it.each([
    ["/search", ""],
    ["/search", "q=alliance"],
    ["/news", "q=alliance"],
    ["/news", "country=UZ&year=2021"],
    ["/en/search", ""],
  ])("%s?%s shows search results", (path, search) => {
    expect(isSearchRequest(path, query(search))).toBe(true);
  });

  it.each([
    ["/news", ""],
    ["/news", "page=2"],
    ["/news/search", "q=x"],
    ["/searching", ""],
    ["/xx/search", ""],
    ["/", "q=x"],
  ])("%s?%s does not", (path, search) => {
    expect(isSearchRequest(path, query(search))).toBe(false);
  });
});
