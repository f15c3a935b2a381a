import { describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/content/corpus";
import {
  createSearchIndex,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  search,
  type SearchHit,
} from "@/lib/search";
import { fold, plainText, snippet } from "@/lib/text";
import { PUBLIC, news, record } from "./fixtures";

const corpus = buildCorpus({
  initiative: [
    record("initiative", "alliance", {
      title: "Central Asian Alliance to End Gender-Based Violence",
      shortName: "Alliance",
      summary: "A regional alliance.",
    }),
  ],
  signatory: [
    record("signatory", "un-women", { name: "UN Women", kind: "un-agency" }),
    record("signatory", "embassy-japan", {
      name: "Embassy of Japan",
      kind: "embassy",
      country: "JP",
    }),
  ],
  news: [
    news("uzbek-shelters", {
      title: "New shelters open in Tashkent",
      date: "2021-03-01",
      countries: ["UZ"],
      summary: "Services for survivors expand.",
      tags: ["survivors"],
    }),
    news("alliance-launch", {
      title: "Alliance launched in Almaty",
      date: "2023-06-27",
      location: "Almaty",
      initiatives: ["alliance"],
      countries: ["KZ"],
      summary: "Partners launch a regional alliance.",
    }),
    news("statement", {
      title: "Joint statement for the 16 Days",
      date: "2021-11-25",
      category: "statement",
      signatories: ["un-women", "embassy-japan"],
      countries: ["KZ"],
    }),
    record(
      "news",
      "russian",
      {
        title: "Ёлка надежды в Алматы",
        summary: "Акция в поддержку пострадавших.",
        category: "news",
        date: "2022-12-20",
      },
      "Организаторы собрали подарки для женщин и детей в приютах.",
    ),
    news("scheduled", {
      title: "Future shelters in Tashkent",
      date: "2030-01-01",
      countries: ["UZ"],
    }),
    news("draft", { title: "Draft about Tashkent shelters", date: "2021-01-01", draft: true }),
  ],
});
const index = createSearchIndex([corpus]);

const ids = (hits: SearchHit[]) =>
  hits.map((hit) =>
    hit.type === "news"
      ? hit.item.slug
      : hit.type === "initiative"
        ? `i:${hit.initiative.slug}`
        : `s:${hit.signatory.slug}`,
  );
const find = (q: string, params: Record<string, string> = {}) => {
  const parsed = parseSearchParams({ q, ...params }, corpus);
  return ids(search(index, corpus, PUBLIC, parsed)!.items);
};

describe("search", () => {
  it("ranks title matches first", () => {
    expect(find("alliance").slice(0, 2).sort()).toEqual(["alliance-launch", "i:alliance"]);
    // "Japan" is the signatory's name, and only a related name in the statement.
    expect(find("japan")).toEqual(["s:embassy-japan", "statement"]);
  });

  it("tolerates typos and matches prefixes", () => {
    expect(find("uzbekstan")).toEqual(["uzbek-shelters"]);
    expect(find("shelt")).toEqual(["uzbek-shelters"]);
    expect(find("tashkemt")).toEqual(["uzbek-shelters"]);
  });

  it("folds case and ё/е in Cyrillic", () => {
    expect(find("елка")).toEqual(["russian"]);
    expect(find("ЁЛКА")).toEqual(["russian"]);
    expect(find("подарки")).toEqual(["russian"]);
    expect(find("Узбекистан")).toEqual(["uzbek-shelters"]);
  });

  it("finds items by the names of their signatories and countries", () => {
    expect(find("japan")).toEqual(["s:embassy-japan", "statement"]);
    expect(find("kazakhstan")).toEqual(expect.arrayContaining(["alliance-launch", "statement"]));
  });

  it("never returns drafts, nor scheduled items before their date", () => {
    expect(find("tashkent")).toEqual(["uzbek-shelters"]);
    const later = parseSearchParams({ q: "tashkent" }, corpus);
    expect(ids(search(index, corpus, { ...PUBLIC, today: "2030-01-01" }, later)!.items)).toEqual(
      expect.arrayContaining(["uzbek-shelters", "scheduled"]),
    );
  });

  it("requires every word, or falls back to any word when that finds nothing", () => {
    expect(find("alliance almaty")).toEqual(["alliance-launch"]);
    expect(find("almaty nothingmatcheshere")).toEqual(expect.arrayContaining(["alliance-launch"]));
  });

  it("combines filters with the query and with each other", () => {
    expect(find("", { country: "KZ" })).toEqual(["alliance-launch", "statement"]);
    expect(find("", { country: "kz", year: "2021" })).toEqual(["statement"]);
    expect(find("", { category: "statement", signatory: "un-women" })).toEqual(["statement"]);
    expect(find("alliance", { initiative: "alliance" })).toEqual(["alliance-launch"]);
    expect(find("", { year: "2019" })).toEqual([]);
  });

  it("lists everything published, newest first, without a query", () => {
    expect(find("")).toEqual(["alliance-launch", "russian", "statement", "uzbek-shelters"]);
  });

  it("marks the matched words in snippets", () => {
    const parsed = parseSearchParams({ q: "подарки" }, corpus);
    const hit = search(index, corpus, PUBLIC, parsed)!.items[0]!;
    expect(hit.snippet.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      "подарки",
    ]);
    expect(hit.snippet.map((segment) => segment.text).join("")).toContain("собрали подарки для");
  });
});

describe("parseSearchParams", () => {
  it("drops and reports values that name nothing, keeping the rest", () => {
    const parsed = parseSearchParams(
      {
        q: " shelters ",
        country: "XX",
        initiative: "nope",
        year: "20x1",
        category: "news",
        page: "-1",
      },
      corpus,
    );
    expect(parsed.query).toBe("shelters");
    expect(parsed.filters).toEqual({ category: "news" });
    expect(parsed.page).toBe(1);
    expect(parsed.problems.map((problem) => problem.param)).toEqual([
      "country",
      "initiative",
      "year",
      "page",
    ]);
  });

  it("cuts an over-long query and takes the first of repeated parameters", () => {
    const parsed = parseSearchParams({ q: "a".repeat(10_000), country: ["UZ", "KZ"] }, corpus);
    expect(parsed.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed.truncated).toBe(true);
    expect(parsed.filters.country).toBe("UZ");
  });

  it("survives odd Unicode", () => {
    for (const q of [
      "\u0000",
      "💥🔥",
      "\uD800",
      "‮evil",
      "<script>alert(1)</script>",
      "%E0%A4%A",
    ]) {
      const parsed = parseSearchParams({ q }, corpus);
      expect(() => search(index, corpus, PUBLIC, parsed)).not.toThrow();
    }
  });
});

describe("text helpers", () => {
  it("folds words", () => {
    expect(fold("Ёлка")).toBe("елка");
    expect(fold("Türkiye")).toBe("turkiye");
    expect(fold("ҚАЗАҚСТАН")).toBe("қазақстан");
  });

  it("extracts plain text from HTML", () => {
    expect(plainText("<p>A &amp; B&#x27;s <a href='x'>link</a></p>\n<p>C&nbsp;D</p>")).toBe(
      "A & B's link C D",
    );
  });

  it("cuts a window around the first match", () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(" ");
    const segments = snippet(text, new Set(["w50"]), 10)!;
    expect(segments[0]!.text).toBe("… ");
    expect(segments.find((segment) => segment.match)?.text).toBe("w50");
    expect(segments.at(-1)!.text).toBe(" …");
    expect(snippet(text, new Set(["none"]))).toBeUndefined();
  });
});
