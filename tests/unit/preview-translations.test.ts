import { describe, expect, it } from "vitest";
import { picturedLocales, withFallbacks } from "@/lib/preview/translations";
import { TRANSLATION_LOCALES, type Locale } from "@/lib/i18n/config";

const states = (given: Partial<Record<Locale, "translated" | "draft">>) =>
  withFallbacks([
    { locale: "en", state: "original", file: "content/news/a.md" },
    ...TRANSLATION_LOCALES.map((locale) => ({
      locale,
      state: given[locale] ?? ("missing" as const),
      file: given[locale] ? `content/news/a.${locale}.md` : "",
    })),
  ]);

const shown = (given: Partial<Record<Locale, "translated" | "draft">>) =>
  Object.fromEntries(states(given).map(({ locale, shownAs }) => [locale, shownAs ?? locale]));

describe("which text each language's page shows", () => {
  it("an untranslated item: the English original everywhere", () => {
    expect(shown({})).toEqual({
      en: "en",
      ru: "en",
      kk: "en",
      ky: "en",
      uz: "en",
      tg: "en",
      tk: "en",
    });
  });

  it("with a Russian translation: the national languages show the Russian text", () => {
    expect(shown({ ru: "translated", uz: "translated" })).toEqual({
      en: "en",
      ru: "ru",
      kk: "ru",
      ky: "ru",
      uz: "uz",
      tg: "ru",
      tk: "ru",
    });
  });

  it("a draft translation is not shown, in its own language or as a fallback", () => {
    const result = shown({ ru: "draft", kk: "draft" });
    expect(result.ru).toBe("en");
    expect(result.kk).toBe("en");
    expect(result.ky).toBe("en");
  });
});

describe("which pages the preview pictures", () => {
  it("the original and Russian, which the national languages fall back to", () => {
    expect(picturedLocales(states({}))).toEqual(["en", "ru"]);
  });

  it("and every language with its own text, a draft included", () => {
    expect(picturedLocales(states({ tg: "translated", kk: "draft" }))).toEqual([
      "en",
      "ru",
      "kk",
      "tg",
    ]);
  });
});
