import { describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/content/corpus";
import {
  createSearchIndex,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  search,
  type SearchHit,
} from "@/lib/search";
import { fold, plainText, snippet, words } from "@/lib/text";
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

describe("search in the region's languages", () => {
  // Each language's own spelling, as an editor writes it.
  const regional = buildCorpus({
    initiative: [],
    signatory: [],
    news: [
      news("kk", { title: "Қазақстандағы әйелдерге көмек", date: "2024-01-01" }),
      news("ky", { title: "Кыргызстанда үй-бүлөлүк зомбулукка каршы", date: "2024-01-02" }),
      news("tg", { title: "Тоҷикистон: ҳуқуқи занон", date: "2024-01-03" }),
      news("uz", { title: "Oʻzbekistonda gʻalaba", date: "2024-01-04" }),
      news("uz-typed", { title: "O'zbek ayollari", date: "2024-01-05" }),
      news("tk", { title: "Türkmenistanyň ýaşaýjylary", date: "2024-01-06" }),
      news("ru", { title: "Ёлочный базар", date: "2024-01-07" }),
    ],
  });
  const regionalIndex = createSearchIndex([regional]);
  const findIn = (q: string) =>
    ids(search(regionalIndex, regional, PUBLIC, parseSearchParams({ q }, regional))!.items);

  it("Kazakh: found when typed with Russian letters", () => {
    expect(findIn("Казакстандагы")).toEqual(["kk"]);
    expect(findIn("Казакстан")).toEqual(["kk"]);
    expect(findIn("аиелдерге комек")).toEqual(["kk"]);
    expect(findIn("Қазақстандағы")).toEqual(["kk"]);
  });

  it("Kyrgyz: found when typed with Russian letters", () => {
    expect(findIn("уй-булолук")).toEqual(["ky"]);
    expect(findIn("үй-бүлөлүк зомбулукка")).toEqual(["ky"]);
  });

  it("Tajik: found when typed with Russian letters", () => {
    expect(findIn("Точикистон хукуки")).toEqual(["tg"]);
    // Two letters folded in one word: more than a typo's tolerance would forgive.
    expect(findIn("хукуки")).toEqual(["tg"]);
    expect(findIn("тоҷикистон")).toEqual(["tg"]);
  });

  it("Uzbek: found whichever apostrophe is typed, or none", () => {
    for (const query of ["o'zbekistonda", "O‘zbekistonda", "oʼzbekistonda", "ozbekistonda"]) {
      expect(findIn(query), query).toEqual(["uz"]);
    }
    expect(findIn("g'alaba")).toEqual(["uz"]);
    // And the other way round: text typed with an ASCII apostrophe, searched with U+02BB.
    expect(findIn("oʻzbek ayollari")).toEqual(["uz-typed"]);
  });

  it("Turkmen: found without diacritics", () => {
    expect(findIn("turkmenistanyn yasayjylary")).toEqual(["tk"]);
    expect(findIn("Türkmenistanyň")).toEqual(["tk"]);
  });

  it("Russian: ё and е alike", () => {
    expect(findIn("елочный")).toEqual(["ru"]);
  });

  it("marks the word as written when it was typed otherwise", () => {
    const title = snippet("Oʻzbekistonda gʻalaba", new Set(["ozbekistonda"]));
    expect(title?.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      "Oʻzbekistonda",
    ]);
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
    expect(fold("ҚАЗАҚСТАН")).toBe("казакстан");
  });

  it("folds each letter of the region's alphabets to the letter typed without it", () => {
    // Kazakh, Kyrgyz, Tajik: the letters a Russian keyboard lacks.
    expect(fold("ӘҒҚҢӨҰҮҺІ әғқңөұүһі")).toBe("агкноуухи агкноуухи");
    expect(fold("ҒӢҚӮҲҶ ғӣқӯҳҷ")).toBe("гикухч гикухч");
    // Russian ё; Turkmen (Latin letters with diacritics).
    expect(fold("Ёё")).toBe("ее");
    expect(fold("ÇÄŇÖŞÜÝŽ çäňöşüýž")).toBe("canosuyz canosuyz");
    // Uzbek: every apostrophe-like mark inside a word is dropped.
    for (const mark of ["\u02bb", "\u02bc", "\u2019", "\u2018", "'", "`"]) {
      expect(fold(`O${mark}zbekiston`), mark).toBe("ozbekiston");
      expect(fold(`ma${mark}no`), mark).toBe("mano");
    }
    // Letters with no plain neighbour stay as they are.
    expect(fold("日本 عربي")).toBe("日本 عربي");
  });

  it("keeps apostrophes inside words and only there", () => {
    expect(words("Oʻzbekiston o'zbek O’zbek gʻalaba 'quoted' women's")).toEqual([
      "Oʻzbekiston",
      "o'zbek",
      "O’zbek",
      "gʻalaba",
      "quoted",
      "women's",
    ]);
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
