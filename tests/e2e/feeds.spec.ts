/**
 * The feeds, read by real feed parsers (feedsmith for all three formats, and
 * @rowanmanning/feed-parser for RSS and Atom), and the sitemap, validated against the
 * Sitemap 0.9 XML Schema. Drafts and scheduled items appear in none of them.
 */
import fs from "node:fs";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { validateXML } from "xmllint-wasm";
import { LOCALES } from "../../lib/i18n/config";
import {
  browsePaths,
  initiatives,
  news,
  signatories,
  topicLabel,
  topics,
  translations,
} from "./content";
import { en, paths } from "./helpers";
import { absolute, feeds } from "./sharing";

/** Published articles, newest first, as the site must list them. */
const articleUrls = news.map((item) => absolute(paths.article(item.slug)));
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

test.describe("feeds", () => {
  test("RSS 2.0 at /feed.xml: every published item, newest first, full text and categories", async ({
    request,
  }) => {
    const response = await request.get(feeds.rss);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const xml = await response.text();

    const rss = parseRssFeed(xml);
    expect(rss.title).toBe(en.feeds.title);
    expect(rss.link).toBe(absolute("/"));
    expect(rss.items?.map((item) => item.link)).toEqual(articleUrls);
    for (const [index, item] of (rss.items ?? []).entries()) {
      const source = news[index]!;
      expect(item.title).toBe(source.title);
      expect(item.description).toBe(source.summary);
      expect(item.categories?.map((category) => category.name)).toEqual([
        en.categories[source.category],
        ...(source.tags ?? []).map(topicLabel),
      ]);
      const content = item.content?.encoded ?? "";
      expect(text(content)).toContain(
        source.body.trim().split("\n")[0]!.slice(0, 60).replace(/[*_`]/g, ""),
      );
      // Links inside the text point back to this site with absolute addresses.
      expect(content).not.toMatch(/(href|src)="\/(?!\/)/);
    }

    const parsed = parseFeed(xml);
    expect(parsed.meta.type).toBe("rss");
    expect(parsed.items.map((item) => item.url)).toEqual(articleUrls);
    expect(parsed.items[0]!.published?.toISOString().slice(0, 10)).toBeDefined();
  });

  test("Atom at /atom.xml parses with the same items", async ({ request }) => {
    const response = await request.get(feeds.atom);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    const atom = parseAtomFeed(xml);
    expect(atom.title).toEqual({ value: en.feeds.title });
    expect(atom.links?.find((link) => link.rel === "self")?.href).toBe(absolute(feeds.atom));
    expect(atom.entries?.map((entry) => entry.id)).toEqual(articleUrls);
    for (const [index, entry] of (atom.entries ?? []).entries()) {
      expect(entry.categories?.[0]?.term).toBe(news[index]!.category);
      expect(entry.published?.slice(0, 4)).toBe(news[index]!.date.slice(0, 4));
    }
    const parsed = parseFeed(xml);
    expect(parsed.meta.type).toBe("atom");
    expect(parsed.items.map((item) => item.url)).toEqual(articleUrls);
  });

  test("JSON Feed at /feed.json parses with the same items", async ({ request }) => {
    const response = await request.get(feeds.json);
    expect(response.headers()["content-type"]).toBe("application/feed+json; charset=utf-8");
    const json = parseJsonFeed(await response.json());
    expect(json.title).toBe(en.feeds.title);
    expect(json.feed_url).toBe(absolute(feeds.json));
    expect(json.items?.map((item) => item.url)).toEqual(articleUrls);
    for (const [index, item] of (json.items ?? []).entries()) {
      expect(item.title).toBe(news[index]!.title);
      expect(item.content_html?.length).toBeGreaterThan(news[index]!.summary.length);
      expect(item.tags?.[0]).toBe(en.categories[news[index]!.category]);
    }
  });

  test("the footer links to the feeds", async ({ page }) => {
    await page.goto(paths.home);
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: en.feeds.rss, exact: true })).toHaveAttribute(
      "href",
      feeds.rss,
    );
    await expect(footer.getByRole("link", { name: en.feeds.atom, exact: true })).toHaveAttribute(
      "href",
      feeds.atom,
    );
    await expect(footer.getByRole("link", { name: en.feeds.json, exact: true })).toHaveAttribute(
      "href",
      feeds.json,
    );
  });
});

test.describe("sitemap and robots.txt", () => {
  test("/sitemap.xml is valid against the Sitemap schema and lists every public page", async ({
    request,
  }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const schema = (fileName: string) => ({
      fileName,
      contents: fs.readFileSync(path.resolve("tests/fixtures", fileName), "utf8"),
    });
    const validation = await validateXML({
      xml: [{ fileName: "sitemap.xml", contents: xml }],
      schema: [schema("sitemap-with-languages.xsd")],
      preload: [schema("sitemap.xsd"), schema("xhtml-link.xsd")],
    });
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);

    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, inner]) => ({
      loc: /<loc>([^<]*)<\/loc>/.exec(inner!)![1]!,
      lastmod: /<lastmod>([^<]*)<\/lastmod>/.exec(inner!)?.[1],
      languages: Object.fromEntries(
        [...inner!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
          (match) => [match[1]!, match[2]!],
        ),
      ),
    }));
    // Interface pages exist in every language; an item's page, or a topic's, only in the
    // languages it is written in (a page showing another language's text is not listed).
    const real = (folder: "news" | "initiatives" | "signatories" | "tags", slug: string) =>
      LOCALES.filter((locale) => locale === "en" || translations(folder, locale).has(slug));
    const topicLanguages = (page: string) => {
      const slug = page.slice("/tags/".length);
      return topics.some((topic) => topic.slug === slug) ? real("tags", slug) : ["en"];
    };
    const pages: { page: string; languages: readonly string[] }[] = [
      ...[paths.home, paths.news, paths.initiatives, paths.signatories].map((page) => ({
        page,
        languages: LOCALES,
      })),
      ...news.map((item) => ({
        page: paths.article(item.slug),
        languages: real("news", item.slug),
      })),
      ...initiatives.map((item) => ({
        page: paths.initiative(item.slug),
        languages: real("initiatives", item.slug),
      })),
      ...signatories.map((item) => ({
        page: paths.signatory(item.slug),
        languages: real("signatories", item.slug),
      })),
      ...browsePaths().map((page) => ({
        page,
        languages: page.startsWith("/tags/") ? topicLanguages(page) : LOCALES,
      })),
    ];
    const inLanguage = (locale: string, page: string) =>
      locale === "en" ? page : page === "/" ? `/${locale}` : `/${locale}${page}`;
    // Every page in each of its languages, each naming all its languages and the default.
    const expected = pages.flatMap(({ page, languages }) =>
      languages.map((locale) => absolute(inLanguage(locale, page))),
    );
    expect(entries.map((entry) => entry.loc).sort()).toEqual([...expected].sort());
    for (const { page, languages } of pages) {
      const alternates = Object.fromEntries([
        ...languages.map((locale) => [locale, absolute(inLanguage(locale, page))]),
        ["x-default", absolute(page)],
      ]);
      for (const locale of languages) {
        const loc = absolute(inLanguage(locale, page));
        expect(entries.find((entry) => entry.loc === loc)?.languages, loc).toEqual(alternates);
      }
    }
    // The national languages' pages exist, and Russian versions of every item.
    expect(expected).toContain(absolute("/kk/news"));
    expect(expected).toContain(absolute(inLanguage("ru", paths.article(news[0]!.slug))));
    for (const item of news) {
      const entry = entries.find(
        (candidate) => candidate.loc === absolute(paths.article(item.slug)),
      );
      expect(entry?.lastmod).toBe(item.updated ?? item.date);
    }
    const newest = news
      .map((item) => item.updated ?? item.date)
      .sort()
      .at(-1);
    expect(entries.find((entry) => entry.loc === absolute(paths.home))?.lastmod).toBe(newest);
  });

  test("/robots.txt allows crawling and points to the sitemap", async ({ request }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toMatch(/^User-Agent: \*$/m);
    expect(body).toMatch(/^Allow: \/$/m);
    expect(body).toContain(`Sitemap: ${absolute("/sitemap.xml")}`);
  });
});
