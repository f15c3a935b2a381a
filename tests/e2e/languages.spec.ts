/**
 * English and Russian: every page type in both languages, the switcher between them,
 * `lang`, hreflang and Open Graph locales, Russian text, dates and country names, the
 * Russian feed and search, and the browser's language never redirecting.
 */
import { expect, test, type Page } from "@playwright/test";
import { parseRssFeed } from "feedsmith";
import { getDictionary } from "../../lib/i18n/dictionary";
import { initiatives, news, signatories, translations } from "./content";
import { PAGE_TYPES, en, expectQuickExitReady, paths, russian, urlEndingWith } from "./helpers";
import { absolute } from "./sharing";

const ru = getDictionary("ru");

type Translated = { slug: string; title?: string; summary?: string; name?: string };
const ruNews = translations<Translated>("news", "ru");
const ruInitiatives = translations<Translated>("initiatives", "ru");
const ruSignatories = translations<Translated>("signatories", "ru");
const ruTopics = translations<Translated>("tags", "ru");

/** Pages that exist in both languages (the 404 page speaks every language at once). */
const PAGES = PAGE_TYPES.filter((page) => page.status === 200);

/** The language switcher, opened (it is a disclosure, closed until the reader opens it). */
async function switcher(page: Page) {
  const nav = page.getByRole("navigation", { name: /^(Language|Язык)$/ });
  const open = await nav
    .locator("details")
    .evaluate((details) => (details as HTMLDetailsElement).open);
  if (!open) await nav.locator("summary").click();
  return nav;
}

/** The same URL, however it is written (an origin with or without its "/"). */
const sameUrl = (url: string | null) => (url ? new URL(url).href : url);

async function expectHeadFor(page: Page, englishPath: string, locale: "en" | "ru") {
  const bare = englishPath.split("?")[0]!;
  const head = page.locator("head");
  const alternate = (hreflang: string) =>
    head.locator(`link[rel="alternate"][hreflang="${hreflang}"]`).getAttribute("href");
  if (!englishPath.includes("?")) {
    expect(sameUrl(await alternate("en"))).toBe(sameUrl(absolute(bare)));
    expect(sameUrl(await alternate("ru"))).toBe(sameUrl(absolute(russian(bare))));
    expect(sameUrl(await alternate("x-default"))).toBe(sameUrl(absolute(bare)));
  }
  if (!bare.startsWith("/search")) {
    await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute(
      "content",
      locale === "ru" ? "ru_RU" : "en_GB",
    );
    // The page's other languages (the national ones too, on interface pages): the other
    // of these two among them, and never the page's own.
    const alternates = await head
      .locator('meta[property="og:locale:alternate"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute("content")));
    expect(alternates).toContain(locale === "ru" ? "en_GB" : "ru_RU");
    expect(alternates).not.toContain(locale === "ru" ? "ru_RU" : "en_GB");
  }
}

test.describe("two languages", () => {
  // A reader whose browser asks for Russian (so no suggestion covers the page).
  test.use({ locale: "ru-RU" });

  for (const { name, path } of PAGES) {
    test(`${name}: switching language leads to the same page, in Russian and back`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expectHeadFor(page, path, "en");
      const h1English = await page.locator("h1").textContent();

      await (await switcher(page)).getByRole("link", { name: "Русский" }).click();
      await expect(page).toHaveURL(urlEndingWith(russian(path)));
      await expect(page.locator("html")).toHaveAttribute("lang", "ru");
      await expectQuickExitReady(page);
      // The interface is Russian.
      await expect(
        page.getByRole("navigation", { name: ru.site.primaryNavigation }).getByRole("link", {
          name: ru.nav.news,
        }),
      ).toBeVisible();
      await expect(page.getByRole("link", { name: ru.quickExit.label })).toBeVisible();
      await expectHeadFor(page, path, "ru");
      // Every item of the bundled content is translated: nothing on the page is marked
      // as being in another language but the original headline of the item's source.
      await expect(page.locator("main [lang]:not(.source-line [lang])")).toHaveCount(0);
      expect(await page.locator("h1").textContent()).not.toBe(h1English);

      await (await switcher(page)).getByRole("link", { name: "English" }).click();
      await expect(page).toHaveURL(urlEndingWith(path));
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    });
  }

  test("articles, initiatives and signatories show their Russian text", async ({ page }) => {
    for (const item of news) {
      const translation = ruNews.get(item.slug)!;
      await page.goto(russian(paths.article(item.slug)));
      await expect(page.locator("h1")).toHaveText(translation.title!);
      await expect(page.getByRole("main").getByText(translation.summary!)).toBeVisible();
      await expect(page.getByRole("note")).toHaveCount(0);
      await expect(page).toHaveTitle(`${translation.title} · ${ru.site.shortName}`);
    }
    for (const initiative of initiatives) {
      await page.goto(russian(paths.initiative(initiative.slug)));
      await expect(page.locator("h1")).toHaveText(ruInitiatives.get(initiative.slug)!.title!);
    }
    for (const signatory of signatories) {
      await page.goto(russian(paths.signatory(signatory.slug)));
      await expect(page.locator("h1")).toHaveText(ruSignatories.get(signatory.slug)!.name!);
    }
  });

  test("a statement lists its signatories by their Russian names, in the order they signed", async ({
    page,
  }) => {
    const statement = news.find((item) => item.category === "statement")!;
    await page.goto(russian(paths.article(statement.slug)));
    const region = page.getByRole("region", { name: ru.news.signatories });
    await expect(region.getByRole("listitem").getByRole("link")).toHaveText(
      statement.signatories!.map((slug) => ruSignatories.get(slug)!.name!),
    );
  });

  test("dates, country names and topics are written in Russian", async ({ page }) => {
    const statement = news.find((item) => item.category === "statement")!;
    await page.goto(russian(paths.article(statement.slug)));
    const [year, month, day] = statement.date.split("-").map(Number) as [number, number, number];
    const date = new Intl.DateTimeFormat("ru-RU", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(Date.UTC(year, month - 1, day)));
    await expect(page.getByRole("main").getByText(date).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Казахстан", exact: true })).toBeVisible();
    const tag = statement.tags![0]!;
    await page.getByRole("link", { name: ruTopics.get(tag)!.title!, exact: true }).click();
    await expect(page.locator("h1")).toHaveText(ruTopics.get(tag)!.title!);
    // Kyrgyzstan by the name the country uses, not «Киргизия».
    await page.goto(russian(paths.country("KG")));
    await expect(page.locator("h1")).toContainText("Кыргызстан");
  });

  test("the Russian feed carries the Russian text", async ({ request }) => {
    const response = await request.get("/ru/feed.xml");
    expect(response.status()).toBe(200);
    const rss = parseRssFeed(await response.text());
    expect(rss.title).toBe(ru.feeds.title);
    expect(rss.language).toBe("ru");
    expect(rss.link).toBe(absolute("/ru"));
    expect(rss.items?.map((item) => item.title)).toEqual(
      news.map((item) => ruNews.get(item.slug)!.title),
    );
    expect(rss.items?.map((item) => item.link)).toEqual(
      news.map((item) => absolute(russian(paths.article(item.slug)))),
    );
  });

  test("search in Russian finds Russian words and keeps them across languages", async ({
    page,
  }) => {
    const launch = news.find((item) => item.slug === "central-asian-alliance-launch-almaty")!;
    await page.goto("/ru/search?q=альянс");
    const results = page.getByRole("region", { name: /результат/ });
    await expect(
      results.getByRole("link", { name: ruNews.get(launch.slug)!.title! }),
    ).toBeVisible();
    // The same search in English.
    await (await switcher(page)).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/search\?q=%D0%B0%D0%BB%D1%8C%D1%8F%D0%BD%D1%81$/);
    await expect(page.getByRole("link", { name: launch.title })).toBeVisible();
  });
});

test("the switcher, opened before the page has finished loading, stays open once it has", async ({
  page,
}) => {
  // The page's scripts are held back until the reader has opened the switcher.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/news", { waitUntil: "domcontentloaded" });
  const nav = page.getByRole("navigation", { name: "Language" });
  await nav.locator("summary").click();
  await expect(nav.getByRole("link", { name: "Русский", exact: true })).toBeVisible();
  release();
  await expectQuickExitReady(page);
  // Hydrated, the search-aware links have replaced the server's, inside the same disclosure.
  await expect(nav.locator("details")).toHaveJSProperty("open", true);
  await expect(nav.getByRole("link", { name: "Русский", exact: true })).toBeVisible();
});

test.describe("the browser's language", () => {
  test.use({ locale: "ru-RU", extraHTTPHeaders: { "Accept-Language": "ru-RU,ru;q=0.9" } });

  test("never redirects: a shared English link stays English for a Russian browser", async ({
    request,
  }) => {
    for (const path of [paths.home, paths.news, paths.article(news[0]!.slug)]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      expect(await response.text()).toMatch(/<html[^>]*lang="en"/);
    }
  });

  test("suggests the reader's language once, and the suggestion can be closed", async ({
    page,
  }) => {
    const path = paths.article(news[0]!.slug);
    await page.goto(path);
    await expectQuickExitReady(page);
    const suggestion = page.getByRole("region", { name: "Русский" });
    await expect(suggestion).toContainText(ru.language.suggestion);
    await expect(suggestion).toHaveAttribute("lang", "ru");
    await expect(suggestion.getByRole("link", { name: ru.language.read })).toHaveAttribute(
      "href",
      russian(path),
    );
    await suggestion.getByRole("button", { name: ru.language.dismiss }).click();
    await expect(suggestion).toHaveCount(0);
    // Closed for the rest of the visit, and nothing is stored beyond it: no cookie.
    await page.goto(paths.news);
    await expectQuickExitReady(page);
    await expect(page.getByRole("region", { name: "Русский" })).toHaveCount(0);
    expect(await page.context().cookies()).toEqual([]);
  });

  test("a page already in the reader's language suggests nothing", async ({ page }) => {
    await page.goto("/ru");
    await expectQuickExitReady(page);
    await expect(page.getByRole("region", { name: "English" })).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language links lead to the same page", async ({ page }) => {
    const path = paths.article(news[0]!.slug);
    await page.goto(path);
    await (await switcher(page)).getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(urlEndingWith(russian(path)));
    await expect(page.locator("h1")).toHaveText(ruNews.get(news[0]!.slug)!.title!);
    await expect((await switcher(page)).getByRole("link", { name: "English" })).toHaveAttribute(
      "href",
      path,
    );
    await expect((await switcher(page)).getByRole("link", { name: "English" })).toHaveAttribute(
      "hreflang",
      "en",
    );
  });
});

test.describe("error pages in Russian", () => {
  for (const path of [
    "/ru/no-such-page",
    "/ru/news/no-such-article",
    "/ru/news/page/999",
    "/ru/signatories/nobody",
  ]) {
    test(`${path} answers 404 with a page entirely in Russian`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", "ru");
      await expect(page).toHaveTitle(`${ru.notFound.title} · ${ru.site.shortName}`);
      await expect(page.locator("h1")).toHaveText(ru.notFound.title);
      await expect(page.getByRole("main")).toContainText(ru.notFound.body);
      await expect(page.getByRole("link", { name: ru.notFound.home })).toHaveAttribute(
        "href",
        "/ru",
      );
      // The header, the footer and the quick exit speak Russian too.
      await expect(
        page.getByRole("navigation", { name: ru.site.primaryNavigation }).getByRole("link", {
          name: ru.nav.news,
        }),
      ).toHaveAttribute("href", "/ru/news");
      await expect(page.getByRole("contentinfo")).toContainText(ru.site.name);
      await expectQuickExitReady(page);
      await expect(page.getByRole("link", { name: ru.quickExit.label })).toBeVisible();
      // Nothing of the English interface is left, and no part is marked as another language.
      for (const english of [en.notFound.title, en.nav.news, en.quickExit.label, en.site.name]) {
        await expect(page.locator("body")).not.toContainText(english);
      }
      await expect(page.locator("body [lang]:not([lang='ru'])")).toHaveCount(0);
    });
  }

  test("an English address keeps the English 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("h1")).toHaveText(en.notFound.title);
    await expect(page.locator("body")).not.toContainText(ru.notFound.title);
  });

  test("a malformed /ru address answers 400 with a page in Russian", async ({ request }) => {
    const response = await request.get("/ru/news/%E0%A4%A");
    expect(response.status()).toBe(400);
    const html = await response.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain(`<title>${ru.badRequest.title}</title>`);
    expect(html).toContain(ru.badRequest.body);
    expect(html).toContain(`>${ru.quickExit.label}</a>`);
    expect(html).not.toContain(en.badRequest.title);
  });
});
