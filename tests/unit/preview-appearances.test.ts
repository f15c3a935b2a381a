/**
 * Where a changed item will appear: the lists (and the page of each), country, topic,
 * initiative and organisation pages and feeds, in every language, from the same queries
 * the pages use; and the addresses it gives, moves and takes away.
 */
import { describe, expect, it } from "vitest";
import { buildCorpora } from "@/lib/content/corpus";
import { parseSource } from "@/lib/content/source";
import { claimantOf, formerAddresses, itemPaths } from "@/lib/preview/addresses";
import { appearancesOf } from "@/lib/preview/appearances";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/config";
import { localePath } from "@/lib/urls";
import { PUBLIC, fixtureCorpora, news, record } from "./fixtures";

/** A page's address in every language of the site, as the preview lists them. */
const everyLocale = (path: string) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, localePath(locale, path)]));

describe("pages an item appears on", () => {
  const corpora = fixtureCorpora();

  it("a news item: the archive, its year, its initiatives and the feeds, in each language", () => {
    expect(appearancesOf(corpora, PUBLIC, "news", "alliance-launch")).toEqual([
      { key: "news", label: "All news", paths: everyLocale("/news") },
      {
        key: "year:2023",
        label: "News of 2023",
        paths: everyLocale("/news/year/2023"),
      },
      {
        key: "initiative:alliance",
        label: "Initiative: Alliance",
        paths: everyLocale("/initiatives/alliance"),
      },
      {
        key: "initiative:regional",
        label: "Initiative: Regional programme",
        paths: everyLocale("/initiatives/regional"),
      },
      {
        key: "feeds",
        label: "News feeds (RSS, Atom, JSON Feed)",
        paths: everyLocale("/feed.xml"),
      },
    ]);
  });

  it("a statement: the organisations that signed it", () => {
    const keys = appearancesOf(corpora, PUBLIC, "news", "statement-2020").map((a) => a.label);
    expect(keys).toContain("Organisation that signed it: Embassy of Canada");
    expect(keys).toContain("Initiative: Campaign");
  });

  it("nothing for a draft or an item not yet public that day", () => {
    expect(appearancesOf(corpora, PUBLIC, "news", "draft-item")).toEqual([]);
    expect(appearancesOf(corpora, PUBLIC, "news", "scheduled-statement")).toEqual([]);
    const onItsDay = { today: "2030-01-01", includeDrafts: false, includeScheduled: false };
    expect(appearancesOf(corpora, onItsDay, "news", "scheduled-statement")[0]).toEqual({
      key: "news",
      label: "All news",
      paths: everyLocale("/news"),
    });
  });

  it("an initiative: the initiatives list, the initiative it belongs to, its partners", () => {
    expect(appearancesOf(corpora, PUBLIC, "initiative", "regional")).toEqual([
      {
        key: "initiatives",
        label: "All initiatives",
        paths: everyLocale("/initiatives"),
      },
      {
        key: "initiative:global",
        label: "Initiative it belongs to: Global initiative",
        paths: everyLocale("/initiatives/global"),
      },
      {
        key: "signatory:un-women",
        label: "Partner organisation: UN Women",
        paths: everyLocale("/signatories/un-women"),
      },
    ]);
  });

  it("an organisation: the organisations list, the public statements it signed, its initiatives", () => {
    expect(appearancesOf(corpora, PUBLIC, "signatory", "un-women").map((a) => a.paths.en)).toEqual([
      "/signatories",
      "/news/statement-2020",
      "/initiatives/regional",
    ]);
  });

  it("the page of each list, newest first, twelve to a page, and topics by their label", () => {
    const many = Array.from({ length: 30 }, (_, index) =>
      news(`item-${index}`, {
        date: `2024-01-${String(index + 1).padStart(2, "0")}`,
        countries: ["KZ"],
        tags: ["Domestic violence"],
      }),
    );
    const corpora = buildCorpora({
      news: many,
      tag: [record("tag", "domestic-violence", { title: "Domestic violence" })],
    });
    // item-10 is the 20th newest: page 2 of every list.
    const found = appearancesOf(corpora, PUBLIC, "news", "item-10");
    expect(found.map((appearance) => [appearance.label, appearance.paths.ru])).toEqual([
      ["All news", "/ru/news/page/2"],
      ["News of 2024", "/ru/news/year/2024/page/2"],
      ["Country: Kazakhstan", "/ru/countries/kz/page/2"],
      ["Topic: Domestic violence", "/ru/tags/domestic-violence/page/2"],
      ["News feeds (RSS, Atom, JSON Feed)", "/ru/feed.xml"],
    ]);
  });

  it("a topic: the news items that name it, and nothing when none does", () => {
    const corpora = buildCorpora({
      news: [news("a", { date: "2024-01-01", tags: ["prevention"] })],
      tag: [
        record("tag", "prevention", { title: "Prevention" }),
        record("tag", "unused", { title: "Unused" }),
      ],
    });
    expect(appearancesOf(corpora, PUBLIC, "tag", "prevention")).toEqual([
      {
        key: "news:a",
        label: "News item on this topic: Title of a",
        paths: everyLocale("/news/a"),
      },
    ]);
    expect(appearancesOf(corpora, PUBLIC, "tag", "unused")).toEqual([]);
  });
});

describe("addresses", () => {
  const document = (type: "news" | "tag", slug: string, text: string) =>
    parseSource(`content/${type}/${slug}.md`, type, slug, text).document!;
  const documents = [
    document("news", "new-name", "---\ntitle: A\naliases:\n  - old-name\n  - older-name\n---\n"),
    document("news", "other", "---\ntitle: B\n---\n"),
  ];

  it("an item's page in every language", () => {
    expect(itemPaths("news", "x")).toEqual(
      LOCALES.map((locale) => ({ locale, path: localePath(locale, "/news/x") })),
    );
    expect(itemPaths("news", "x")[0]).toEqual({ locale: DEFAULT_LOCALE, path: "/news/x" });
    expect(itemPaths("tag", "y")[1]).toEqual({ locale: "ru", path: "/ru/tags/y" });
  });

  it("a former name leads to the item that lists it in aliases, in each language, or nowhere", () => {
    expect(claimantOf(documents, "news", "older-name")).toBe("new-name");
    expect(claimantOf(documents, "initiative", "older-name")).toBeUndefined();
    expect(formerAddresses("news", ["old-name", "gone", "old-name"], documents)).toEqual([
      ...LOCALES.map((locale) => ({
        locale,
        path: localePath(locale, "/news/old-name"),
        to: localePath(locale, "/news/new-name"),
      })),
      ...LOCALES.map((locale) => ({ locale, path: localePath(locale, "/news/gone") })),
    ]);
  });
});
