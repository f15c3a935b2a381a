/**
 * Every language of the site, as its readers meet it: the home page, an article shown in the
 * language they most likely read when it has no translation (with a notice), the safety page,
 * the quick exit (click, Shift ×3, without JavaScript) and the 404 page, each with the right
 * `lang`; no accessibility violation; the language switcher on a 320-pixel screen; and search
 * engines told about real translations only.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { FALLBACK_LOCALES, LANGUAGE_NAME, LOCALES, type Locale } from "../../lib/i18n/config";
import { getDictionary } from "../../lib/i18n/dictionary";
import { quickExitUrl } from "../../lib/site";
import { localePath } from "../../lib/urls";
import { latestStatement, translations } from "./content";
import { expectQuickExitReady } from "./helpers";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];
const statement = latestStatement()!;

/** The language whose text an article shows to readers of `locale`: its own, the first of its fallbacks that has it, or English. */
function textLanguage(locale: Locale, slug: string): Locale {
  for (const candidate of [locale, ...FALLBACK_LOCALES[locale]]) {
    if (candidate === "en" || translations("news", candidate).has(slug)) return candidate;
  }
  return "en";
}

const languageName = (code: Locale, inLocale: Locale) =>
  new Intl.DisplayNames([inLocale], { type: "language" }).of(code) ?? code;

async function stubDestination(page: Page, url: string) {
  await page.context().route(`${new URL(url).origin}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><title>Weather</title><h1>Weather</h1>",
    }),
  );
}

for (const locale of LOCALES) {
  const dict = getDictionary(locale);
  const at = (path: string) => localePath(locale, path);

  test.describe(`${LANGUAGE_NAME[locale]} (${locale})`, () => {
    test("home, an article, the safety page and the 404 page speak it", async ({ page }) => {
      await page.goto(at("/"));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("h1")).toHaveText(dict.home.title);
      await expect(
        page
          .getByRole("navigation", { name: dict.site.primaryNavigation })
          .getByRole("link", { name: dict.nav.news }),
      ).toHaveAttribute("href", at("/news"));

      // The statement: in this language where translated, else in the language readers of it
      // most likely read, marked with its `lang` and said so in this page's language.
      await page.goto(at(`/news/${statement.slug}`));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const shown = textLanguage(locale, statement.slug);
      const title =
        shown === "en"
          ? statement.title
          : translations<{ title: string }>("news", shown).get(statement.slug)!.title;
      await expect(page.locator("h1")).toHaveText(title);
      const notice = page
        .getByRole("note")
        .filter({ hasText: dict.language.untranslated(languageName(shown, locale)) });
      if (shown === locale) {
        await expect(page.locator("h1")).not.toHaveAttribute("lang", /.+/);
        await expect(notice).toHaveCount(0);
      } else {
        await expect(page.locator("h1")).toHaveAttribute("lang", shown);
        await expect(notice).toBeVisible();
      }

      await page.goto(at("/staying-safe-online"));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("h1")).toHaveText(dict.safety.title);
      for (const section of dict.safety.sections) {
        await expect(page.getByRole("heading", { level: 2, name: section.title })).toBeVisible();
      }

      const response = await page.goto(at("/no-such-page"));
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("h1")).toHaveText(dict.notFound.title);
      await expect(page.getByRole("link", { name: dict.quickExit.label })).toBeVisible();
    });

    test("the quick exit leaves for this language's everyday site: a click, and Shift three times", async ({
      page,
    }) => {
      const destination = quickExitUrl(locale);
      await stubDestination(page, destination);
      await page.goto(at("/news"));
      await expectQuickExitReady(page);
      const exit = page
        .getByRole("navigation", { name: dict.quickExit.region })
        .getByRole("link", { name: dict.quickExit.label });
      await expect(exit).toHaveAttribute("href", destination);
      await exit.click();
      await page.waitForURL(destination);

      await page.goto(at("/"));
      await expectQuickExitReady(page);
      for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
      await page.waitForURL(destination);
      await expect(page.locator("h1")).toHaveText("Weather");
    });

    test("without JavaScript the quick exit is a plain link to the same site", async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await stubDestination(page, quickExitUrl(locale));
      await page.goto(at("/staying-safe-online"));
      const exit = page.getByRole("link", { name: dict.quickExit.label, exact: true });
      await expect(exit).toHaveAttribute("href", quickExitUrl(locale));
      await exit.click();
      await page.waitForURL(quickExitUrl(locale));
      await context.close();
    });

    test("axe finds no violation on its pages", async ({ page }) => {
      for (const path of [
        "/",
        `/news/${statement.slug}`,
        "/staying-safe-online",
        "/no-such-page",
      ]) {
        await page.goto(at(path));
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(
          results.violations.map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
          ),
          at(path),
        ).toEqual([]);
      }
    });

    test("the language switcher fits a 320-pixel screen and leads to every language", async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(at("/initiatives"));
      const switcher = page.getByRole("navigation", { name: dict.language.label });
      await switcher.locator("summary").click();
      // The list's links (the browser asks for English: a suggestion to read in English may
      // show beside it, inside the same navigation).
      const links = switcher.getByRole("list").getByRole("link");
      await expect(links).toHaveCount(LOCALES.length - 1);
      for (const other of LOCALES.filter((candidate) => candidate !== locale)) {
        const link = links.filter({ hasText: LANGUAGE_NAME[other] });
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute("href", localePath(other, "/initiatives"));
        const box = (await link.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(320);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
    });

    test("search engines hear of real translations only", async ({ page }) => {
      await page.goto(at(`/news/${statement.slug}`));
      const head = await page.evaluate(() => ({
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "",
        languages: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) =>
          link.getAttribute("hreflang"),
        ),
      }));
      const real = LOCALES.filter(
        (candidate) => candidate === "en" || translations("news", candidate).has(statement.slug),
      );
      expect(head.languages.sort()).toEqual([...real, "x-default"].sort());
      const shown = textLanguage(locale, statement.slug);
      expect(new URL(head.canonical).pathname).toBe(localePath(shown, `/news/${statement.slug}`));
    });
  });
}
