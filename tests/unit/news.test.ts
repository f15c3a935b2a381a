import { describe, expect, it } from "vitest";
import {
  getInitiativesOf,
  getLatestStatement,
  getNewsForInitiative,
  getNewsPage,
  getPublishedNews,
  getPublishedNewsItem,
  getPublishedNewsSlugs,
  getSignatoriesOf,
  getStatementsSignedBy,
} from "@/lib/news";
import { DEV, PUBLIC, fixtureCorpus, news } from "./fixtures";
import { buildCorpus } from "@/lib/content/corpus";

const corpus = fixtureCorpus();
const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);

describe("getPublishedNews", () => {
  it("lists public items newest first, without drafts or scheduled items", () => {
    expect(slugs(getPublishedNews(corpus, PUBLIC))).toEqual([
      "alliance-launch",
      "old-release",
      "statement-2020",
    ]);
  });

  it("includes drafts and scheduled items only when the context allows them (npm run dev)", () => {
    expect(slugs(getPublishedNews(corpus, DEV))).toContain("draft-item");
    expect(slugs(getPublishedNews(corpus, DEV))).toContain("scheduled-statement");
    const draftsOnly = { ...DEV, includeScheduled: false };
    expect(slugs(getPublishedNews(corpus, draftsOnly))).toContain("draft-item");
    expect(slugs(getPublishedNews(corpus, draftsOnly))).not.toContain("scheduled-statement");
  });

  it("publishes a scheduled item on its date, not the day before", () => {
    expect(slugs(getPublishedNews(corpus, { ...PUBLIC, today: "2029-12-31" }))).not.toContain(
      "scheduled-statement",
    );
    expect(slugs(getPublishedNews(corpus, { ...PUBLIC, today: "2030-01-01" }))[0]).toBe(
      "scheduled-statement",
    );
  });

  it("orders items of the same date by title", () => {
    const sameDay = buildCorpus({
      initiative: [],
      signatory: [],
      news: [
        news("b", { date: "2024-01-01", title: "Bravo" }),
        news("a", { date: "2024-01-01", title: "Alpha" }),
      ],
    });
    expect(slugs(getPublishedNews(sameDay, PUBLIC))).toEqual(["a", "b"]);
  });
});

describe("getPublishedNewsItem", () => {
  it("finds a public item and hides drafts and scheduled items", () => {
    expect(getPublishedNewsItem(corpus, PUBLIC, "old-release")?.title).toBe("Title of old-release");
    expect(getPublishedNewsItem(corpus, PUBLIC, "draft-item")).toBeUndefined();
    expect(getPublishedNewsItem(corpus, PUBLIC, "scheduled-statement")).toBeUndefined();
    expect(getPublishedNewsItem(corpus, PUBLIC, "missing")).toBeUndefined();
  });
});

describe("getNewsPage", () => {
  it("pages the public list and refuses pages that do not exist", () => {
    const first = getNewsPage(corpus, PUBLIC, 1, 2);
    expect(first && slugs(first.items)).toEqual(["alliance-launch", "old-release"]);
    expect(first?.totalPages).toBe(2);
    expect(slugs(getNewsPage(corpus, PUBLIC, 2, 2)!.items)).toEqual(["statement-2020"]);
    expect(getNewsPage(corpus, PUBLIC, 3, 2)).toBeUndefined();
  });
});

describe("statements and signatories", () => {
  it("finds the latest public statement, skipping a scheduled one", () => {
    expect(getLatestStatement(corpus, PUBLIC)?.slug).toBe("statement-2020");
    expect(getLatestStatement(corpus, { ...PUBLIC, today: "2030-01-01" })?.slug).toBe(
      "scheduled-statement",
    );
  });

  it("keeps signatories in the order they signed", () => {
    const statement = getPublishedNewsItem(corpus, PUBLIC, "statement-2020")!;
    expect(slugs(getSignatoriesOf(corpus, statement))).toEqual([
      "embassy-canada",
      "un-women",
      "embassy-austria",
    ]);
  });

  it("lists the public statements an organisation signed", () => {
    expect(slugs(getStatementsSignedBy(corpus, PUBLIC, "un-women"))).toEqual(["statement-2020"]);
    expect(
      slugs(getStatementsSignedBy(corpus, { ...PUBLIC, today: "2030-01-01" }, "un-women")),
    ).toEqual(["scheduled-statement", "statement-2020"]);
    expect(getStatementsSignedBy(corpus, PUBLIC, "nobody")).toEqual([]);
  });
});

describe("initiative news", () => {
  it("lists public news naming an initiative, newest first", () => {
    expect(slugs(getNewsForInitiative(corpus, PUBLIC, "regional"))).toEqual([
      "alliance-launch",
      "old-release",
    ]);
  });

  it("resolves an item's initiatives in the editor's order", () => {
    const item = getPublishedNewsItem(corpus, PUBLIC, "alliance-launch")!;
    expect(slugs(getInitiativesOf(corpus, item))).toEqual(["alliance", "regional"]);
  });
});

describe("getPublishedNewsSlugs", () => {
  it("lists the slugs of public items only", () => {
    expect(getPublishedNewsSlugs(corpus, PUBLIC)).toEqual([
      "alliance-launch",
      "old-release",
      "statement-2020",
    ]);
  });
});
