/**
 * What the build prerenders in each language: everything within the budget in English and
 * Russian; in a language that falls back, only the items translated into it — the others
 * render on their first request (tests/integration/long-tail.test.ts serves them).
 */
import { describe, expect, it } from "vitest";
import { buildCorpora } from "@/lib/content/corpus";
import { FALLBACK_LOCALES, LOCALES } from "@/lib/i18n/config";
import {
  prerenderedArticles,
  prerenderedInitiatives,
  prerenderedSignatories,
  prerendersItem,
} from "@/lib/prerender";
import { PUBLIC, fixtureCorpora, news, record, translation } from "./fixtures";

describe("prerendering in each language", () => {
  const corpus = fixtureCorpora().en;

  it("prerenders every item in the languages without a fallback chain", () => {
    for (const locale of LOCALES.filter((locale) => FALLBACK_LOCALES[locale].length === 0)) {
      expect(prerenderedArticles(corpus, PUBLIC, locale)).toEqual([
        "alliance-launch",
        "old-release",
        "statement-2020",
      ]);
      expect(prerenderedInitiatives(corpus, locale)).toHaveLength(4);
      expect(prerenderedSignatories(corpus, PUBLIC, locale)).toHaveLength(3);
    }
    expect(prerenderedArticles(corpus, PUBLIC, "ru")).toContain("old-release");
  });

  it("prerenders, in a language that falls back, only what is translated into it", () => {
    expect(FALLBACK_LOCALES.kk).toEqual(["ru"]);
    // Translated into Russian only: the Kazakh pages show the Russian text, on demand — but
    // for the first of each kind (a route with no page in a language would lose its
    // prerendering in every language: see lib/prerender.ts).
    expect(prerenderedArticles(corpus, PUBLIC, "kk")).toEqual(["alliance-launch"]);
    expect(prerenderedInitiatives(corpus, "kk")).toEqual([corpus.initiatives[0]!.slug]);
    expect(prerenderedSignatories(corpus, PUBLIC, "kk")).toHaveLength(1);

    const kazakh = buildCorpora({
      news: [
        news("translated", { date: "2024-01-02" }),
        news("untranslated", { date: "2024-01-01" }),
        translation("news", "translated", "kk", { title: "Аударылған", summary: "Қазақша." }),
      ],
      initiative: [record("initiative", "global", { title: "Global", summary: "Top." })],
      signatory: [],
    }).en;
    expect(prerenderedArticles(kazakh, PUBLIC, "kk")).toEqual(["translated"]);
    expect(prerenderedArticles(kazakh, PUBLIC, "ky")).toEqual(["translated"]);
    expect(prerenderedArticles(kazakh, PUBLIC, "en")).toEqual(["translated", "untranslated"]);
  });

  it("decides by the languages an item's text exists in", () => {
    expect(prerendersItem("uz", { languages: ["en", "ru"] })).toBe(false);
    expect(prerendersItem("uz", { languages: ["en", "uz"] })).toBe(true);
    expect(prerendersItem("ru", { languages: ["en"] })).toBe(true);
    expect(prerendersItem("en", { languages: ["en"] })).toBe(true);
  });
});
