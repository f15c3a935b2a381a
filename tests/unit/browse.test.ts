import { describe, expect, it } from "vitest";
import {
  getCountryCodes,
  getNewsForCountry,
  getNewsForTag,
  getNewsForYear,
  getTopics,
  getYears,
  groupByYear,
  tagSlug,
} from "@/lib/browse";
import { pageFromSegments, pageSegments } from "@/lib/pagination";
import { getPublishedNewsItem } from "@/lib/news";
import { getRelatedNews } from "@/lib/related";
import { countryPath, searchPath, tagPath, yearPath } from "@/lib/urls";
import { buildCorpus } from "@/lib/content/corpus";
import { PUBLIC, news } from "./fixtures";

const corpus = buildCorpus({
  initiative: [],
  signatory: [],
  news: [
    news("a", {
      date: "2021-01-10",
      countries: ["UZ", "KZ"],
      tags: ["Survivors", "data"],
      initiatives: [],
    }),
    news("b", { date: "2021-06-01", countries: ["KZ"], tags: ["data"] }),
    news("c", { date: "2023-03-01", countries: ["TJ"], tags: ["Қазақ тілі"] }),
    news("later", { date: "2030-01-01", countries: ["TM"], tags: ["future"] }),
    news("draft", { date: "2020-01-01", countries: ["AF"], tags: ["secret"], draft: true }),
  ],
});
const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);

describe("browse", () => {
  it("knows the countries, topics and years of items that are or will be public", () => {
    expect(getCountryCodes(corpus, "en")).toEqual(["KZ", "TJ", "TM", "UZ"]);
    expect(getTopics(corpus).map((topic) => [topic.slug, topic.label])).toEqual([
      ["data", "data"],
      ["future", "future"],
      ["survivors", "Survivors"],
      ["qazaq-tili", "Қазақ тілі"],
    ]);
    expect(getYears(corpus)).toEqual([2030, 2023, 2021]);
  });

  it("lists only published items for a country, topic or year", () => {
    expect(slugs(getNewsForCountry(corpus, PUBLIC, "KZ"))).toEqual(["b", "a"]);
    expect(getNewsForCountry(corpus, PUBLIC, "TM")).toEqual([]);
    expect(slugs(getNewsForTag(corpus, PUBLIC, tagSlug("Survivors")))).toEqual(["a"]);
    expect(slugs(getNewsForYear(corpus, PUBLIC, 2021))).toEqual(["b", "a"]);
  });

  it("groups items by year, newest year first", () => {
    const groups = groupByYear(
      getNewsForCountry(corpus, PUBLIC, "KZ").concat(getNewsForYear(corpus, PUBLIC, 2023)),
    );
    expect(groups.map((group) => [group.year, slugs(group.items)])).toEqual([
      [2023, ["c"]],
      [2021, ["b", "a"]],
    ]);
  });
});

describe("related items", () => {
  it("ranks by shared initiatives, topics and countries, newest first on ties", () => {
    const a = getPublishedNewsItem(corpus, PUBLIC, "a")!;
    expect(slugs(getRelatedNews(corpus, PUBLIC, a))).toEqual(["b"]);
    const c = getPublishedNewsItem(corpus, PUBLIC, "c")!;
    expect(getRelatedNews(corpus, PUBLIC, c)).toEqual([]);
  });
});

describe("paged routes", () => {
  it("reads optional page segments", () => {
    expect(pageFromSegments(undefined)).toBe(1);
    expect(pageFromSegments([])).toBe(1);
    expect(pageFromSegments(["page", "3"])).toBe(3);
    for (const bad of [
      ["page", "1"],
      ["page"],
      ["page", "x"],
      ["pages", "2"],
      ["page", "2", "3"],
    ]) {
      expect(pageFromSegments(bad)).toBeUndefined();
    }
    expect(pageSegments(25, 12)).toEqual([[], ["page", "2"], ["page", "3"]]);
    expect(pageSegments(0, 12)).toEqual([[]]);
  });

  it("builds browse and search URLs", () => {
    expect(countryPath("en", "KZ")).toBe("/countries/kz");
    expect(countryPath("en", "KZ", 2)).toBe("/countries/kz/page/2");
    expect(tagPath("en", "data")).toBe("/tags/data");
    expect(yearPath("en", 2021, 3)).toBe("/news/year/2021/page/3");
    expect(searchPath("en", { q: "a b", country: "KZ", year: undefined, page: 2 })).toBe(
      "/search?q=a+b&country=KZ&page=2",
    );
    expect(searchPath("en")).toBe("/search");
  });
});
