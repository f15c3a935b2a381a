import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/content/corpus";
import { absolutizeHtml, buildFeed } from "@/lib/feeds";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getPublishedNews } from "@/lib/news";
import { PUBLIC, fixtureCorpus, news } from "./fixtures";

const dict = getDictionary("en");
const env = { SITE_URL: "https://example.org", NODE_ENV: "production" } as NodeJS.ProcessEnv;
const corpus = fixtureCorpus();
const feed = buildFeed({
  locale: "en",
  dict,
  items: getPublishedNews(corpus, PUBLIC),
  timeZone: "Asia/Almaty",
  env,
});
const published = ["alliance-launch", "old-release", "statement-2020"].map(
  (slug) => `https://example.org/news/${slug}`,
);

describe("absolutizeHtml", () => {
  it("makes the site's own links and pictures absolute, and leaves others alone", () => {
    expect(
      absolutizeHtml(
        '<a href="/news/x">x</a> <img src="/images/a.jpg" alt=""> <a href="https://un.org/a">u</a> <a href="//cdn.example/x">c</a> <a href="#top">t</a>',
        "https://example.org",
      ),
    ).toBe(
      '<a href="https://example.org/news/x">x</a> <img src="https://example.org/images/a.jpg" alt=""> <a href="https://un.org/a">u</a> <a href="//cdn.example/x">c</a> <a href="#top">t</a>',
    );
  });
});

describe("feeds", () => {
  it("RSS 2.0 parses, lists only published items, newest first, with content and categories", () => {
    const rss = parseRssFeed(feed.rss2());
    expect(rss.title).toBe(dict.feeds.title);
    expect(rss.link).toBe("https://example.org/");
    expect(rss.language).toBe("en");
    const items = rss.items ?? [];
    expect(items.map((item) => item.link)).toEqual(published);
    const first = items[0]!;
    expect(first.title).toBe("Title of alliance-launch");
    expect(first.description).toBe("Summary of alliance-launch");
    expect(first.content?.encoded).toBe("<p>Body text.</p>");
    expect(first.categories?.map((category) => category.name)).toEqual(["News"]);
    // Midnight in Almaty (UTC+6 in 2023) is 18:00 UTC the day before.
    expect(first.pubDate).toBe("Mon, 26 Jun 2023 18:00:00 GMT");
  });

  it("Atom 1.0 parses, with published and updated dates and the feed's own link", () => {
    const atom = parseAtomFeed(feed.atom1());
    expect(atom.id).toBe("https://example.org/");
    expect(atom.links?.find((link) => link.rel === "self")?.href).toBe(
      "https://example.org/atom.xml",
    );
    expect(atom.authors?.[0]?.name).toBe(dict.site.name);
    const entries = atom.entries ?? [];
    expect(entries.map((entry) => entry.id)).toEqual(published);
    expect(entries[1]!.published).toBe("2021-06-20T18:00:00.000Z");
    expect(entries[1]!.categories?.map((category) => category.term)).toEqual(["press-release"]);
    // The source an item cites closes its text, as on the article.
    expect(entries[1]!.content).toEqual({
      type: "html",
      value:
        "<p>Body text.</p><p>Source: UN Women, “Original of old-release”, published 21 June 2021.</p>",
    });
  });

  it("JSON Feed parses, with the full HTML and the categories as tags", () => {
    const json = parseJsonFeed(JSON.parse(feed.json1()));
    expect(json.feed_url).toBe("https://example.org/feed.json");
    expect(json.home_page_url).toBe("https://example.org/");
    const items = json.items ?? [];
    expect(items.map((item) => item.url)).toEqual(published);
    expect(items[2]!.content_html).toBe(
      "<p>Body text.</p><p>Source: UN Women, “Original of statement-2020”, published 25 November 2020.</p>",
    );
    expect(JSON.parse(feed.json1()).items[2]._source).toEqual({
      name: "UN Women",
      title: "Original of statement-2020",
      published: "2020-11-25",
    });
    expect(items[2]!.tags).toEqual(["Joint statement"]);
    expect(items[2]!.summary).toBe("Summary of statement-2020");
  });

  it("never carries a draft or a scheduled item", () => {
    for (const text of [feed.rss2(), feed.atom1(), feed.json1()]) {
      expect(text).not.toContain("draft-item");
      expect(text).not.toContain("scheduled-statement");
    }
  });

  it("gives each item's topics as categories, and dates an update as the modification", () => {
    const tagged = buildCorpus({
      initiative: [],
      signatory: [],
      news: [
        news("tagged", {
          date: "2024-05-01",
          updated: "2024-05-03",
          tags: ["prevention", "youth"],
          category: "press-release",
        }),
      ],
    });
    const text = buildFeed({
      locale: "en",
      dict,
      items: getPublishedNews(tagged, PUBLIC),
      timeZone: "UTC",
      env,
    });
    const entry = parseAtomFeed(text.atom1()).entries![0]!;
    expect(entry.categories?.map((category) => category.label)).toEqual([
      "Press release",
      "prevention",
      "youth",
    ]);
    expect(entry.published).toBe("2024-05-01T00:00:00.000Z");
    expect(entry.updated).toBe("2024-05-03T00:00:00.000Z");
    // The feed's own date is its newest item's, not the time it was built.
    expect(parseAtomFeed(text.atom1()).updated).toBe("2024-05-03T00:00:00.000Z");
  });

  it("carries at most the newest 50 items", () => {
    const many = buildCorpus({
      initiative: [],
      signatory: [],
      news: Array.from({ length: 60 }, (_, index) =>
        news(`item-${index}`, { date: `2020-01-${String((index % 28) + 1).padStart(2, "0")}` }),
      ),
    });
    const json = JSON.parse(
      buildFeed({ locale: "en", dict, items: getPublishedNews(many, PUBLIC), env }).json1(),
    );
    expect(json.items).toHaveLength(50);
  });
});
