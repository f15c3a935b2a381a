import { describe, expect, it } from "vitest";
import { sitemapEntries, sitemapXml } from "@/lib/sitemap";
import { PUBLIC, fixtureCorpora, fixtureCorpus } from "./fixtures";

const env = { SITE_URL: "https://example.org", NODE_ENV: "production" } as NodeJS.ProcessEnv;
const entries = sitemapEntries([fixtureCorpus()], PUBLIC, env);
const byPath = new Map(entries.map((entry) => [new URL(entry.url).pathname, entry]));

describe("sitemapEntries", () => {
  it("lists every public page once, with absolute URLs", () => {
    expect([...byPath.keys()].sort()).toEqual(
      [
        "/",
        "/news",
        "/news/alliance-launch",
        "/news/old-release",
        "/news/statement-2020",
        "/initiatives",
        "/initiatives/alliance",
        "/initiatives/campaign",
        "/initiatives/global",
        "/initiatives/regional",
        "/signatories",
        "/signatories/embassy-austria",
        "/signatories/embassy-canada",
        "/signatories/un-women",
        // Year archives with published items (the scheduled 2030 item makes no page yet).
        "/news/year/2023",
        "/news/year/2021",
        "/news/year/2020",
      ].sort(),
    );
    expect(entries).toHaveLength(byPath.size);
    expect(entries.every((entry) => entry.url.startsWith("https://example.org/"))).toBe(true);
  });

  it("leaves out drafts and scheduled items", () => {
    expect(byPath.has("/news/draft-item")).toBe(false);
    expect(byPath.has("/news/scheduled-statement")).toBe(false);
  });

  it("dates each page by the newest content it shows", () => {
    expect(byPath.get("/")?.lastModified).toBe("2023-06-27");
    expect(byPath.get("/news")?.lastModified).toBe("2023-06-27");
    expect(byPath.get("/news/old-release")?.lastModified).toBe("2021-06-21");
    // The regional programme lists old-release and alliance-launch (not the draft).
    expect(byPath.get("/initiatives/regional")?.lastModified).toBe("2023-06-27");
    expect(byPath.get("/initiatives/campaign")?.lastModified).toBe("2020-11-25");
    // un-women signed only the published 2020 statement (the scheduled one does not count).
    expect(byPath.get("/signatories/un-women")?.lastModified).toBe("2020-11-25");
    // Nothing dated is shown on these: no date rather than an invented one.
    expect(byPath.get("/initiatives/global")).not.toHaveProperty("lastModified");
    expect(byPath.get("/initiatives")).not.toHaveProperty("lastModified");
    expect(byPath.get("/news/year/2021")?.lastModified).toBe("2021-06-21");
  });

  it("gives each language its own addresses, each naming the others (hreflang)", () => {
    const both = sitemapEntries(Object.values(fixtureCorpora()), PUBLIC, env);
    const urls = both.map((entry) => entry.url);
    // Every page of the interface in both languages…
    expect(urls).toContain("https://example.org/ru/news");
    expect(urls).toContain("https://example.org/ru/initiatives");
    const russian = both.find(
      (entry) => entry.url === "https://example.org/ru/news/alliance-launch",
    );
    expect(russian?.alternates.languages).toEqual({
      en: "https://example.org/news/alliance-launch",
      ru: "https://example.org/ru/news/alliance-launch",
      "x-default": "https://example.org/news/alliance-launch",
    });
    expect(byPath.get("/")?.alternates.languages).toMatchObject({
      ru: "https://example.org/ru",
      "x-default": "https://example.org/",
    });
  });

  it("lists an item's version in a language only where a real translation exists", () => {
    const both = sitemapEntries(Object.values(fixtureCorpora()), PUBLIC, env);
    const urls = both.map((entry) => entry.url);
    // Translated into Russian: the article, the "regional" initiative, UN Women.
    for (const path of [
      "/news/alliance-launch",
      "/initiatives/regional",
      "/signatories/un-women",
    ]) {
      expect(urls).toContain(`https://example.org/ru${path}`);
    }
    // Shown in English on the Russian site: not announced as Russian pages.
    for (const path of [
      "/news/old-release",
      "/initiatives/global",
      "/signatories/embassy-austria",
    ]) {
      expect(urls).not.toContain(`https://example.org/ru${path}`);
      const english = both.find((entry) => entry.url === `https://example.org${path}`);
      expect(english?.alternates.languages).toEqual({
        en: `https://example.org${path}`,
        "x-default": `https://example.org${path}`,
      });
    }
    const russianArticles = urls.filter((url) =>
      /^https:\/\/example\.org\/ru\/news\/(?!page\/|year\/)/.test(url),
    );
    expect(russianArticles).toEqual(["https://example.org/ru/news/alliance-launch"]);
  });

  it("dates a translated page by its own update", () => {
    const both = sitemapEntries(Object.values(fixtureCorpora()), PUBLIC, env);
    const at = (url: string) => both.find((entry) => entry.url === url)?.lastModified;
    expect(at("https://example.org/news/alliance-launch")).toBe("2023-06-27");
    expect(at("https://example.org/ru/news/alliance-launch")).toBe("2023-07-01");
  });

  it("writes each url's address, date, then its languages, as the Sitemap schema orders them", () => {
    const xml = sitemapXml([
      {
        url: "https://example.org/news?a=1&b=<2>",
        lastModified: "2023-06-27",
        alternates: {
          languages: { en: "https://example.org/news", ru: "https://example.org/ru/news" },
        },
      },
      { url: "https://example.org/initiatives", alternates: { languages: {} } },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        "<url>",
        "<loc>https://example.org/news?a=1&#38;b=&#60;2&#62;</loc>",
        "<lastmod>2023-06-27</lastmod>",
        '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/news"/>',
        '<xhtml:link rel="alternate" hreflang="ru" href="https://example.org/ru/news"/>',
        "</url>",
        "<url>",
        "<loc>https://example.org/initiatives</loc>",
        "</url>",
        "</urlset>",
        "",
      ].join("\n"),
    );
  });
});
