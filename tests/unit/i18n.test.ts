/**
 * Languages: locale routing, each language's corpus (translations over their originals),
 * the translation rules at run time, hreflang metadata, dictionaries and search.
 */
import { describe, expect, it } from "vitest";
import { currentSlugOf } from "@/lib/aliases";
import { getTopics, topicOf } from "@/lib/browse";
import { ContentError, buildCorpora } from "@/lib/content/corpus";
import { countryName, formatDate, languageName } from "@/lib/format";
import {
  DEFAULT_LOCALE,
  FALLBACK_LOCALES,
  LOCALES,
  OG_LOCALE,
  TEXT_DIRECTION,
  TRANSLATION_LOCALES,
  isLocale,
  langAttribute,
} from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { languageAlternates, pageMetadata, sitePreview } from "@/lib/metadata";
import { getPublishedNews } from "@/lib/news";
import { aliasPath, isSearchRequest, matchRoute } from "@/lib/routing";
import { createSearchIndex, search } from "@/lib/search";
import { feedPath, newsPath, pathInLocale, pathsInEveryLocale, searchPath } from "@/lib/urls";
import { PUBLIC, fixtureCorpora, news, record, translation } from "./fixtures";

const env = { SITE_URL: "https://example.org", NODE_ENV: "production" } as NodeJS.ProcessEnv;

describe("locale routing", () => {
  it("has the default language at the root and every other one under its own prefix", () => {
    expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
    expect(new Set(LOCALES).size).toBe(LOCALES.length);
    expect(TRANSLATION_LOCALES).toEqual(LOCALES.filter((locale) => locale !== DEFAULT_LOCALE));
    expect(newsPath(DEFAULT_LOCALE, "x")).toBe("/news/x");
    for (const locale of TRANSLATION_LOCALES) {
      expect(locale).toMatch(/^[a-z]{2,3}$/);
      expect(newsPath(locale, "x")).toBe(`/${locale}/news/x`);
      expect(feedPath(locale, "rss")).toBe(`/${locale}/feed.xml`);
      expect(isLocale(locale)).toBe(true);
    }
    expect(isLocale("fr")).toBe(false);
    expect(isLocale("constructor")).toBe(false);
  });

  it.each([
    ["/", "ru", "/ru"],
    ["/ru", "en", "/"],
    ["/news/x", "ru", "/ru/news/x"],
    ["/ru/news/x", "en", "/news/x"],
    ["/ru/news/x", "ru", "/ru/news/x"],
    // Prerendered English pages know their path as /en/…: it leads to the same places.
    ["/en/news", "ru", "/ru/news"],
    ["/en", "en", "/"],
    // A search keeps its words and filters.
    ["/search?q=alliance&year=2021", "ru", "/ru/search?q=alliance&year=2021"],
    ["/ru/news#signatories", "en", "/news#signatories"],
    // A first segment that is no language is part of the path.
    ["/russia/news", "ru", "/ru/russia/news"],
  ] as const)("%s in %s is %s", (path, locale, expected) => {
    expect(pathInLocale(path, locale)).toBe(expected);
  });

  it("gives every page an address in every language", () => {
    expect(pathsInEveryLocale("/ru/initiatives/spotlight")).toEqual(
      Object.fromEntries(
        LOCALES.map((locale) => [
          locale,
          locale === DEFAULT_LOCALE ? "/initiatives/spotlight" : `/${locale}/initiatives/spotlight`,
        ]),
      ),
    );
  });

  it("recognises dated routes, former addresses and searches in every language", () => {
    const corpora = fixtureCorpora();
    expect(matchRoute("/ru/news/x")).toEqual({ locale: "ru", kind: "article", slug: "x" });
    expect(matchRoute("/ru/tags/data/page/2")).toEqual({
      locale: "ru",
      kind: "tag",
      slug: "data",
      segments: ["page", "2"],
    });
    expect(isSearchRequest("/ru/search", new URLSearchParams())).toBe(true);
    expect(isSearchRequest("/ru/news", new URLSearchParams("country=KZ"))).toBe(true);
    const renamed = buildCorpora({
      initiative: [
        record("initiative", "spotlight-initiative", {
          title: "Spotlight",
          summary: "S.",
          aliases: ["spotlight"],
        }),
      ],
    });
    expect(aliasPath(renamed.en, PUBLIC, "/ru/initiatives/spotlight")).toBe(
      "/ru/initiatives/spotlight-initiative",
    );
    expect(currentSlugOf(corpora.ru, PUBLIC, "news", "alliance-launch")).toBeUndefined();
  });

  it("marks text only where its language differs from the page's", () => {
    expect(langAttribute("en", "ru")).toBe("en");
    expect(langAttribute("ru", "ru")).toBeUndefined();
  });

  it("writes each language left to right unless its entry says otherwise", () => {
    // The site's languages are all written left to right; a right-to-left one is shown by
    // tests/integration/third-language.test.ts.
    for (const locale of LOCALES) expect(TEXT_DIRECTION[locale], locale).toBe("ltr");
  });
});

describe("each language's corpus", () => {
  const { en, ru } = fixtureCorpora();

  it("has the same items under the same slugs in every language", () => {
    expect(ru.news.map((item) => item.slug).sort()).toEqual(
      en.news.map((item) => item.slug).sort(),
    );
    expect(ru.signatories).toHaveLength(en.signatories.length);
    expect(en.locale).toBe("en");
    expect(ru.locale).toBe("ru");
  });

  it("shows a translation's own text over its original's shared fields", () => {
    const original = en.newsBySlug.get("alliance-launch")!;
    const translated = ru.newsBySlug.get("alliance-launch")!;
    expect(translated).toMatchObject({
      title: "Запуск альянса",
      summary: "Альянс начал работу.",
      html: "<p>Текст.</p>",
      lang: "ru",
      sourcePath: "news/alliance-launch.ru.md",
      // Shared with the original.
      date: original.date,
      category: original.category,
      initiatives: original.initiatives,
      // The update date belongs to the text it describes.
      updated: "2023-07-01",
    });
    expect(original).toMatchObject({ lang: "en", title: "Title of alliance-launch" });
    expect(original.updated).toBeUndefined();
  });

  it("shows an untranslated item in its original language, marked as such", () => {
    expect(ru.newsBySlug.get("old-release")).toMatchObject({
      title: "Title of old-release",
      lang: "en",
    });
    expect(ru.initiativesBySlug.get("regional")).toMatchObject({
      title: "Региональная программа",
      lang: "ru",
      partners: ["un-women"],
    });
    expect(ru.signatoriesBySlug.get("embassy-canada")?.lang).toBe("en");
  });

  it("shows readers of a national language the Russian translation where theirs is missing, then English", () => {
    const corpora = buildCorpora({
      news: [
        news("both", { date: "2021-01-01" }),
        news("russian-only", { date: "2021-01-02" }),
        news("english-only", { date: "2021-01-03" }),
        translation("news", "both", "kk", { title: "Қазақша тақырып", summary: "Қысқаша." }),
        translation("news", "both", "ru", { title: "Русский заголовок", summary: "Кратко." }),
        translation("news", "russian-only", "ru", {
          title: "Только по-русски",
          summary: "Кратко.",
        }),
      ],
    });
    const kk = corpora.kk;
    expect(FALLBACK_LOCALES.kk).toEqual(["ru"]);
    expect(kk.newsBySlug.get("both")).toMatchObject({ title: "Қазақша тақырып", lang: "kk" });
    expect(kk.newsBySlug.get("russian-only")).toMatchObject({
      title: "Только по-русски",
      lang: "ru",
    });
    expect(kk.newsBySlug.get("english-only")).toMatchObject({
      title: "Title of english-only",
      lang: "en",
    });
    // Wherever it is shown, an item knows the languages it really exists in.
    expect(kk.newsBySlug.get("russian-only")?.languages).toEqual(["en", "ru"]);
    expect(corpora.tk.newsBySlug.get("both")?.languages).toEqual(["en", "ru", "kk"]);
    expect(corpora.tk.newsBySlug.get("both")?.lang).toBe("ru");
    // Russian itself falls back to the original only.
    expect(corpora.ru.newsBySlug.get("english-only")?.lang).toBe("en");
  });

  it("sorts by each language's alphabet", () => {
    // Russian order puts Cyrillic before Latin; English the other way round.
    expect(ru.signatories.map((signatory) => signatory.slug)).toEqual([
      "un-women",
      "embassy-austria",
      "embassy-canada",
    ]);
    expect(ru.initiatives.map((initiative) => initiative.title)).toEqual([
      "Региональная программа",
      "Alliance",
      "Campaign",
      "Global initiative",
    ]);
    expect(en.initiatives.map((initiative) => initiative.title)).toEqual([
      "Alliance",
      "Campaign",
      "Global initiative",
      "Regional programme",
    ]);
  });

  it("publishes by the original's date and draft state in every language", () => {
    expect(getPublishedNews(ru, PUBLIC).map((item) => item.slug)).toEqual(
      getPublishedNews(en, PUBLIC).map((item) => item.slug),
    );
  });

  it("uses a translation marked as a draft only in development", () => {
    const records = {
      news: [
        news("item", { date: "2021-01-01" }),
        translation("news", "item", "ru", { title: "Черновик", summary: "С.", draft: true }),
      ],
    };
    expect(buildCorpora(records).ru.newsBySlug.get("item")).toMatchObject({ lang: "en" });
    expect(
      buildCorpora(records, { includeDraftTranslations: true }).ru.newsBySlug.get("item"),
    ).toMatchObject({ lang: "ru", title: "Черновик" });
    // Whether the translation is ready is not whether the item is published.
    expect(
      buildCorpora(records, { includeDraftTranslations: true }).ru.newsBySlug.get("item"),
    ).not.toHaveProperty("draft");
  });

  it("translates topics with their topic files, and falls back to the tag as written", () => {
    const corpora = buildCorpora({
      news: [news("item", { date: "2021-01-01", tags: ["civil-society", "Local Words"] })],
      tag: [
        record("tag", "civil-society", { title: "Civil society", summary: "Groups." }),
        translation("tag", "civil-society", "ru", { title: "Гражданское общество" }),
      ],
    });
    expect(topicOf(corpora.en, "civil-society")).toEqual({
      slug: "civil-society",
      label: "Civil society",
      lang: "en",
      languages: ["en", "ru"],
      summary: "Groups.",
    });
    expect(topicOf(corpora.ru, "civil-society")).toMatchObject({
      label: "Гражданское общество",
      lang: "ru",
    });
    expect(getTopics(corpora.ru).map((topic) => [topic.slug, topic.label, topic.lang])).toEqual([
      ["civil-society", "Гражданское общество", "ru"],
      ["local-words", "Local Words", "en"],
    ]);
  });
});

describe("translation rules at run time", () => {
  it("refuses a translation that contradicts its original, naming file, field and fix", () => {
    const build = () =>
      buildCorpora({
        news: [
          news("item", { date: "2021-01-01", countries: ["KZ"] }),
          translation("news", "item", "ru", { title: "Т", summary: "С.", countries: ["UZ"] }),
        ],
      });
    expect(build).toThrow(ContentError);
    expect(build).toThrow(
      /content\/news\/item\.ru\.md {2}countries: is \[UZ\] here but \[KZ\] in content\/news\/item\.md/,
    );
  });

  it("accepts a translation that repeats its original's shared fields unchanged", () => {
    const corpora = buildCorpora({
      news: [
        news("item", { date: "2021-01-01", countries: ["KZ"], category: "news" }),
        translation("news", "item", "ru", {
          title: "Т",
          summary: "С.",
          date: "2021-01-01",
          countries: ["KZ"],
          category: "news",
        }),
      ],
    });
    expect(corpora.ru.newsBySlug.get("item")?.title).toBe("Т");
  });

  it("refuses a translation whose original does not exist", () => {
    expect(() =>
      buildCorpora({ news: [translation("news", "nothing", "ru", { title: "Т", summary: "С." })] }),
    ).toThrow(/news\/nothing\.ru\.md:1 {2}is a Russian translation of content\/news\/nothing\.md/);
  });

  it("keeps the original's picture and publication address, with translated words", () => {
    const corpora = buildCorpora({
      news: [
        news("item", {
          date: "2021-01-01",
          image: { src: "./a.jpg", alt: "People", credit: "UN" },
          source: {
            name: "The Times",
            title: "Headline",
            published: "2021-01-02",
            url: "https://example.org",
          },
        }),
        translation("news", "item", "ru", {
          title: "Т",
          summary: "С.",
          image: { alt: "Люди" },
          source: { name: "Таймс" },
        }),
      ],
    });
    expect(corpora.ru.newsBySlug.get("item")).toMatchObject({
      image: { src: "./a.jpg", alt: "Люди", credit: "UN" },
      source: { name: "Таймс", url: "https://example.org" },
    });
  });
});

describe("hreflang and Open Graph locales", () => {
  const everyLanguage = (path: string) => ({
    ...Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        `https://example.org${locale === DEFAULT_LOCALE ? path : `/${locale}${path === "/" ? "" : path}`}`,
      ]),
    ),
    "x-default": `https://example.org${path}`,
  });

  it("names the page in every language and x-default", () => {
    expect(languageAlternates("/ru/news/x", env)).toEqual(everyLanguage("/news/x"));
    expect(languageAlternates("/ru/news/x", env)).toMatchObject({
      ru: "https://example.org/ru/news/x",
      kk: "https://example.org/kk/news/x",
    });
  });

  it("puts them in every page's metadata", () => {
    const dict = getDictionary("ru");
    const metadata = pageMetadata({
      locale: "ru",
      dict,
      path: "/ru/news",
      title: dict.news.title,
      description: dict.news.intro,
      image: sitePreview("ru", dict),
      env,
    });
    expect(metadata.alternates?.canonical).toBe("https://example.org/ru/news");
    expect(metadata.alternates?.languages).toEqual(everyLanguage("/news"));
    expect(metadata.openGraph).toMatchObject({
      locale: "ru_RU",
      alternateLocale: LOCALES.filter((locale) => locale !== "ru").map(
        (locale) => OG_LOCALE[locale],
      ),
    });
    expect(OG_LOCALE.kk).toBe("kk_KZ");
  });

  const itemPage = (locale: "en" | "ru", slug: string) => {
    const corpus = fixtureCorpora()[locale];
    const item = corpus.newsBySlug.get(slug)!;
    const dict = getDictionary(locale);
    return pageMetadata({
      locale,
      text: { lang: item.lang, languages: item.languages },
      dict,
      path: newsPath(locale, slug),
      title: item.title,
      description: item.summary,
      image: sitePreview(locale, dict),
      env,
    });
  };

  it("announces a translated item in each of its languages, with x-default", () => {
    for (const locale of ["en", "ru"] as const) {
      const metadata = itemPage(locale, "alliance-launch");
      expect(metadata.alternates?.canonical).toBe(
        `https://example.org${newsPath(locale, "alliance-launch")}`,
      );
      expect(metadata.alternates?.languages).toEqual({
        en: "https://example.org/news/alliance-launch",
        ru: "https://example.org/ru/news/alliance-launch",
        "x-default": "https://example.org/news/alliance-launch",
      });
    }
  });

  it("never announces a page showing untranslated English text as Russian", () => {
    const russian = itemPage("ru", "old-release");
    // Canonical: the English original, whose text the page shows.
    expect(russian.alternates?.canonical).toBe("https://example.org/news/old-release");
    expect(russian.alternates?.languages).toEqual({
      en: "https://example.org/news/old-release",
      "x-default": "https://example.org/news/old-release",
    });
    expect(russian.openGraph).toMatchObject({ locale: "en_GB", alternateLocale: [] });
    // The original names no Russian version either.
    expect(itemPage("en", "old-release").alternates?.languages).not.toHaveProperty("ru");
  });
});

describe("dictionaries and formatting", () => {
  /** Every key path of a dictionary, and whether each is text or a function. */
  function shape(value: unknown, path = ""): string[] {
    if (typeof value === "function") return [`${path}()`];
    if (typeof value === "string") return [path];
    if (Array.isArray(value))
      return value.flatMap((entry, index) => shape(entry, `${path}[${index}]`));
    if (value && typeof value === "object") {
      return Object.entries(value).flatMap(([key, entry]) => shape(entry, `${path}.${key}`));
    }
    return [`${path}:${typeof value}`];
  }

  it("gives every language the same texts as English (country overrides aside)", () => {
    const keys = (locale: "en" | "ru") =>
      shape(getDictionary(locale)).filter((key) => !key.startsWith(".countries."));
    expect(keys("ru")).toEqual(keys("en"));
  });

  it("writes every Russian text with Cyrillic and plural forms by count", () => {
    const ru = getDictionary("ru");
    expect(ru.search.count(1)).toBe("1 результат");
    expect(ru.search.count(3)).toBe("3 результата");
    expect(ru.search.count(5)).toBe("5 результатов");
    expect(ru.search.count(21)).toBe("21 результат");
    expect(ru.search.count(11)).toBe("11 результатов");
    expect(ru.nav.news).toMatch(/^[А-яЁё ]+$/);
  });

  it("formats dates, country and language names for the page's language", () => {
    expect(formatDate("2020-11-25", "en")).toBe("25 November 2020");
    expect(formatDate("2020-11-25", "ru")).toBe("25 ноября 2020 г.");
    expect(countryName("KZ", "ru")).toBe("Казахстан");
    // The dictionary's name where Intl's differs from the country's own usage.
    expect(countryName("KG", "ru")).toBe("Кыргызстан");
    expect(countryName("KG", "en")).toBe("Kyrgyzstan");
    expect(languageName("en", "ru")).toBe("английский");
    expect(getDictionary("ru").language.untranslated(languageName("en", "ru"))).toContain(
      "(английский)",
    );
  });
});

describe("search in every language", () => {
  const corpora = fixtureCorpora();
  const index = createSearchIndex(Object.values(corpora));
  const request = (query: string) => ({ query, filters: {}, page: 1 });

  it("finds a translated item by its Russian words, and shows it in Russian", () => {
    const results = search(index, corpora.ru, PUBLIC, request("альянса"))!;
    expect(results.items[0]).toMatchObject({
      type: "news",
      item: { slug: "alliance-launch", title: "Запуск альянса" },
    });
  });

  it("finds it by its English words on the Russian site too", () => {
    const results = search(index, corpora.ru, PUBLIC, request("alliance-launch"))!;
    expect(results.items.map((hit) => hit.type === "news" && hit.item.title)).toContain(
      "Запуск альянса",
    );
  });

  it("holds one document per item, whatever the number of languages", () => {
    expect(index.engine.documentCount).toBe(createSearchIndex([corpora.en]).engine.documentCount);
  });

  it("keeps a search's words and filters when it changes language", () => {
    expect(pathInLocale(searchPath("en", { q: "Алматы", country: "KZ" }), "ru")).toBe(
      "/ru/search?q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B&country=KZ",
    );
  });
});

describe("links between pages in a document's text", () => {
  const body = [
    '<a href="/news/other">English address</a>',
    '<a href="/ru/initiatives/spotlight#partners">Russian address</a>',
    '<a href="/images/report.pdf">a file</a>',
    '<a href="//example.com/news/x">another site</a>',
    '<a href="/no-such-section/x">no page</a>',
  ].join(" ");
  const corpora = buildCorpora({
    news: [
      record(
        "news",
        "item",
        { title: "T", summary: "S.", date: "2021-01-01", category: "news" },
        body,
      ),
      translation("news", "item", "ru", { title: "Т", summary: "С." }, body),
    ],
  });
  const hrefs = (html = "") => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

  it("go to the page's own language, whichever language the editor wrote", () => {
    expect(hrefs(corpora.en.newsBySlug.get("item")?.html)).toEqual([
      "/news/other",
      "/initiatives/spotlight#partners",
      "/images/report.pdf",
      "//example.com/news/x",
      "/no-such-section/x",
    ]);
    expect(hrefs(corpora.ru.newsBySlug.get("item")?.html)).toEqual([
      "/ru/news/other",
      "/ru/initiatives/spotlight#partners",
      "/images/report.pdf",
      "//example.com/news/x",
      "/no-such-section/x",
    ]);
    // A Kazakh reader shown the Russian text stays in Kazakh.
    expect(corpora.kk.newsBySlug.get("item")?.lang).toBe("ru");
    expect(hrefs(corpora.kk.newsBySlug.get("item")?.html).slice(0, 2)).toEqual([
      "/kk/news/other",
      "/kk/initiatives/spotlight#partners",
    ]);
  });
});
