/**
 * What shared caches and browsers are told (docs/deployment.md): pages cacheable by a CDN
 * with validators and compression, hashed assets for ever, previews for an hour, and
 * nothing per-reader (search, errors) cacheable at all.
 */
import { expect, test } from "@playwright/test";
import { news } from "./content";
import { paths } from "./helpers";

const article = paths.article(news[0]!.slug);
const PAGE_CACHE = /^s-maxage=3600, stale-while-revalidate=\d+$/;
const NO_STORE = /\bno-store\b/;

test("an article is cacheable by shared caches, compressed, with an ETag that answers 304", async ({
  request,
}) => {
  const first = await request.get(article, { headers: { "accept-encoding": "gzip" } });
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toMatch(PAGE_CACHE);
  expect(first.headers()["content-encoding"]).toBe("gzip");
  expect(first.headers()["vary"]).toMatch(/accept-encoding/i);
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^(W\/)?"[^"]+"$/);

  const again = await request.get(article, { headers: { "if-none-match": etag! } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
  // A 304 repeats what the 200 said of the page: validator, lifetime, variants, both policies.
  expect(again.headers()["etag"]).toBe(etag);
  expect(again.headers()["cache-control"]).toBe(first.headers()["cache-control"]);
  expect(again.headers()["vary"]).toBe(first.headers()["vary"]);
  expect(again.headers()["content-security-policy"]).toBe(
    first.headers()["content-security-policy"],
  );
  expect(again.headers()["x-content-type-options"]).toBe("nosniff");

  const changed = await request.get(article, { headers: { "if-none-match": '"not-this-one"' } });
  expect(changed.status()).toBe(200);
  expect(changed.headers()["etag"]).toBe(etag);
});

test("every page answers a reader who holds it with 304, in every language", async ({
  request,
}) => {
  for (const path of [paths.home, paths.news, "/ru/news", `/ru${article}`, "/kk"]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const etag = first.headers()["etag"];
    expect(etag, path).toMatch(/^"[^"]+"$/);
    const again = await request.head(path, { headers: { "if-none-match": `"other", ${etag}` } });
    expect(again.status(), path).toBe(304);
  }
  // Another page's ETag is not this page's.
  const news = (await request.get(paths.news)).headers()["etag"]!;
  expect((await request.get(paths.home, { headers: { "if-none-match": news } })).status()).toBe(
    200,
  );
});

test("the client router's requests for a page's data are never answered with the page's 304", async ({
  request,
}) => {
  const etag = (await request.get(article)).headers()["etag"]!;
  const data = await request.get(article, { headers: { "if-none-match": etag, rsc: "1" } });
  expect(data.status()).toBe(200);
  expect(data.headers()["content-type"]).toMatch(/^text\/x-component/);
});

test("lists, the home page, feeds and the sitemap are cacheable by shared caches", async ({
  request,
}) => {
  for (const path of [paths.home, paths.news, "/feed.xml", "/sitemap.xml", "/ru/news"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toMatch(PAGE_CACHE);
  }
});

test("hashed scripts and styles are cached for ever", async ({ request }) => {
  const html = await (await request.get(article)).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1]!,
  );
  expect(assets.length).toBeGreaterThan(1);
  for (const asset of new Set(assets)) {
    const response = await request.get(asset);
    expect(response.status(), asset).toBe(200);
    expect(response.headers()["cache-control"], asset).toBe("public, max-age=31536000, immutable");
  }
});

test("link-preview cards are cacheable for an hour", async ({ request }) => {
  for (const path of [`${article}/opengraph-image`, "/opengraph-image"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe("image/png");
    expect(response.headers()["cache-control"], path).toMatch(/^public, s-maxage=3600\b/);
  }
});

test("search results and error pages are never stored", async ({ request }) => {
  for (const [path, status] of [
    [paths.search("violence"), 200],
    [`${paths.news}?country=KZ`, 200],
    ["/no-such-page", 404],
    [paths.article("no-such-article"), 404],
    ["/news/%E0%A4%A", 400],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()["cache-control"], path).toMatch(NO_STORE);
  }
});
