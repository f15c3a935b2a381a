import { afterEach, describe, expect, it } from "vitest";
import {
  MAX_REMEMBERED_PAGES,
  addPageEtag,
  forgetPages,
  ifNoneMatchNames,
  notModifiedPage,
  pageEtag,
  pagePathOfKey,
  rememberPage,
  setPageEtag,
} from "@/lib/cache/page-validators.mjs";

const KEY = "/route-cache/APP_PAGE/0472482b/$/en/news/launch";
/** Noon in Almaty (the site's default time zone), so an hour later is the same day there. */
const NOON = Date.parse("2026-12-02T12:00:00+05:00");
const LIFETIME = { revalidate: 3600, expire: 31_536_000 };

function page(html = "<html>launch</html>") {
  const headers: Record<string, string> = { "content-security-policy": "policy" };
  const value = { kind: "APP_PAGE", html, headers };
  addPageEtag(value);
  return value;
}

afterEach(() => forgetPages());

describe("a page's ETag", () => {
  it("is a strong validator of the exact HTML", () => {
    expect(pageEtag("<p>a</p>")).toMatch(/^"[\w-]{32}"$/);
    expect(pageEtag("<p>a</p>")).toBe(pageEtag("<p>a</p>"));
    expect(pageEtag("<p>a</p>")).not.toBe(pageEtag("<p>b</p>"));
  });

  it("is made once for a stored page, and again when the page is rendered again", () => {
    const value = page("<p>first</p>");
    const etag = value.headers.etag;
    expect(etag).toBe(pageEtag("<p>first</p>"));
    value.html = "<p>second</p>";
    addPageEtag(value);
    expect(value.headers.etag).toBe(etag);
    setPageEtag(value);
    expect(value.headers.etag).toBe(pageEtag("<p>second</p>"));
  });

  it("is given to pages only, not to feeds or data", () => {
    const route = { kind: "APP_ROUTE", html: "<feed/>", headers: {} as Record<string, string> };
    addPageEtag(route);
    expect(route.headers.etag).toBeUndefined();
  });
});

describe("conditional requests for a remembered page", () => {
  it("finds the page's path in Next's cache key", () => {
    expect(pagePathOfKey(KEY)).toBe("/en/news/launch");
    expect(pagePathOfKey("/ru/news/launch")).toBe("/ru/news/launch");
  });

  it("answer while the page is fresh, with the headers of its 200", () => {
    const value = page();
    rememberPage(KEY, { value, lastModified: NOON }, LIFETIME);
    const hit = notModifiedPage("/en/news/launch", value.headers.etag!, NOON + 60_000);
    expect(hit).toMatchObject({
      etag: value.headers.etag,
      cacheControl: "s-maxage=3600, stale-while-revalidate=31532400",
      csp: "policy",
    });
  });

  it("do not answer for another ETag, another page, or a stale page", () => {
    const value = page();
    rememberPage(KEY, { value, lastModified: NOON }, LIFETIME);
    const etag = value.headers.etag!;
    expect(notModifiedPage("/en/news/launch", '"another"', NOON + 1)).toBeUndefined();
    expect(notModifiedPage("/ru/news/launch", etag, NOON + 1)).toBeUndefined();
    // Stale: Next must see the request, to serve the page and render it again.
    expect(notModifiedPage("/en/news/launch", etag, NOON + 3_600_000)).toBeUndefined();
  });

  it("do not answer for a page rendered on an earlier publication day", () => {
    const lateEvening = Date.parse("2026-12-02T23:50:00+05:00");
    const value = page();
    rememberPage(KEY, { value, lastModified: lateEvening }, LIFETIME);
    const etag = value.headers.etag!;
    expect(notModifiedPage("/en/news/launch", etag, lateEvening + 5 * 60_000)).toBeDefined();
    expect(notModifiedPage("/en/news/launch", etag, lateEvening + 15 * 60_000)).toBeUndefined();
  });

  it("are forgotten when the page is gone or its lifetime is unknown", () => {
    const value = page();
    rememberPage(KEY, { value, lastModified: NOON }, LIFETIME);
    rememberPage(KEY, null, undefined);
    expect(notModifiedPage("/en/news/launch", value.headers.etag!, NOON + 1)).toBeUndefined();
    rememberPage(KEY, { value, lastModified: NOON }, undefined);
    expect(notModifiedPage("/en/news/launch", value.headers.etag!, NOON + 1)).toBeUndefined();
  });

  it("follow the page when it is rendered again", () => {
    const before = page("<p>before</p>");
    rememberPage(KEY, { value: before, lastModified: NOON }, LIFETIME);
    const after = page("<p>after</p>");
    rememberPage(KEY, { value: after, lastModified: NOON + 1_000 }, LIFETIME);
    expect(notModifiedPage("/en/news/launch", before.headers.etag!, NOON + 2_000)).toBeUndefined();
    expect(notModifiedPage("/en/news/launch", after.headers.etag!, NOON + 2_000)).toBeDefined();
  });

  it("keep a bounded number of pages, forgetting the oldest first", () => {
    const value = page();
    for (let index = 0; index <= MAX_REMEMBERED_PAGES; index++) {
      rememberPage(`/en/news/item-${index}`, { value, lastModified: NOON }, LIFETIME);
    }
    const etag = value.headers.etag!;
    expect(notModifiedPage("/en/news/item-0", etag, NOON + 1)).toBeUndefined();
    expect(notModifiedPage("/en/news/item-1", etag, NOON + 1)).toBeDefined();
    expect(notModifiedPage(`/en/news/item-${MAX_REMEMBERED_PAGES}`, etag, NOON + 1)).toBeDefined();
  });
});

describe("If-None-Match", () => {
  it("names an ETag alone, in a list, weakly, or as *", () => {
    expect(ifNoneMatchNames('"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchNames('"x", "abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchNames('W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchNames("*", '"abc"')).toBe(true);
    expect(ifNoneMatchNames('"abcd"', '"abc"')).toBe(false);
    expect(ifNoneMatchNames("abc", '"abc"')).toBe(false);
  });
});
