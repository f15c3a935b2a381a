import { afterEach, describe, expect, it } from "vitest";
import { addPageEtag, forgetPages, rememberPage } from "@/lib/cache/page-validators.mjs";
import { cachedPagePath, notModified } from "@/lib/http/conditional-page";

const NOON = Date.parse("2026-12-02T12:00:00+05:00");
const LIFETIME = { revalidate: 3600, expire: 31_536_000 };

/** Remembers a page as the cache handler does, and returns its ETag. */
function cached(path: string): string {
  const value = { kind: "APP_PAGE", html: `<html>${path}</html>`, headers: {} };
  addPageEtag(value);
  rememberPage(`/route-cache/APP_PAGE/route/$${path}`, { value, lastModified: NOON }, LIFETIME);
  return (value.headers as Record<string, string>).etag!;
}

afterEach(() => forgetPages());

describe("the page a public address is cached under", () => {
  it("puts the default language's pages under its prefix", () => {
    expect(cachedPagePath("/")).toBe("/en");
    expect(cachedPagePath("/news/launch")).toBe("/en/news/launch");
    expect(cachedPagePath("/ru")).toBe("/ru");
    expect(cachedPagePath("/ru/news/launch")).toBe("/ru/news/launch");
  });
});

describe("a conditional request answered before Next routes it", () => {
  it("is a GET or HEAD of the page's address naming its current ETag", () => {
    const etag = cached("/en/news/launch");
    const at = NOON + 60_000;
    expect(notModified("GET", "/news/launch", { "if-none-match": etag }, at)?.etag).toBe(etag);
    expect(notModified("HEAD", "/news/launch", { "if-none-match": etag }, at)?.etag).toBe(etag);
    const home = cached("/en");
    expect(notModified("GET", "/", { "if-none-match": home }, at)?.etag).toBe(home);
  });

  it("goes on to Next otherwise", () => {
    const etag = cached("/en/news/launch");
    const at = NOON + 60_000;
    const asked = (method: string, url: string, headers: Record<string, string>) =>
      notModified(method, url, headers, at);
    expect(asked("GET", "/news/launch", {})).toBeUndefined();
    expect(asked("GET", "/news/launch", { "if-none-match": '"old"' })).toBeUndefined();
    expect(asked("POST", "/news/launch", { "if-none-match": etag })).toBeUndefined();
    // A query string may change the page; a non-canonical address is redirected by the proxy.
    expect(asked("GET", "/news/launch?x=1", { "if-none-match": etag })).toBeUndefined();
    expect(asked("GET", "/en/news/launch", { "if-none-match": etag })).toBeUndefined();
    expect(asked("GET", "/news/launch/", { "if-none-match": etag })).toBeUndefined();
    // The client router asks for the page's data, which this ETag does not stand for.
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree"]) {
      expect(
        asked("GET", "/news/launch", { "if-none-match": etag, [header]: "1" }),
      ).toBeUndefined();
    }
  });
});
