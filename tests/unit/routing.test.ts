import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { canonicalPath, isSearchRequest } from "@/lib/routing";
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

  it("the proxy runs for the default language's prefix and for trailing slashes", () => {
    // Next reads the matcher from proxy.ts's source at build time, so it is a literal there.
    const source = fs.readFileSync("proxy.ts", "utf8");
    const matcher = source.slice(source.indexOf("matcher: ["));
    for (const pattern of [`/${DEFAULT_LOCALE}`, `/${DEFAULT_LOCALE}/:path*`, "/:path+/"]) {
      expect(matcher).toContain(`"${pattern}"`);
    }
  });

  it("the proxy runs for every request that shows search results (to give it a nonce)", () => {
    const source = fs.readFileSync("proxy.ts", "utf8");
    const matcher = source.slice(source.indexOf("matcher: ["));
    expect(matcher).toContain('"/search"');
    expect(matcher).toContain('"/:locale/search"');
    const keys = [
      ...matcher.matchAll(
        /source: "\/:locale\?\/news", has: \[\{ type: "query", key: "(\w+)" \}\]/g,
      ),
    ];
    expect(keys.map((match) => match[1])).toEqual([...SEARCH_QUERY_KEYS]);
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
