/**
 * What the bundled content has none of: partnerships named by an initiative, and items that
 * are not translated into Russian (the generated corpus translates about four in ten).
 */
import { expect, test, type Page } from "@playwright/test";
import { en, section, urlEndingWith } from "../e2e/helpers";
import { generated } from "./content";

const russianNews = generated.translations("news", "ru");
const translated = generated.news.find((item) => russianNews.has(item.slug))!;
const untranslated = generated.news.find((item) => !russianNews.has(item.slug))!;

async function head(page: Page) {
  return page.evaluate(() => ({
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    alternates: Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
        link.getAttribute("hreflang"),
        link.getAttribute("href"),
      ]),
    ),
    ogLocale: document.querySelector('meta[property="og:locale"]')?.getAttribute("content"),
  }));
}

test("a reader follows an initiative's partner to its page and back", async ({ page }) => {
  const initiative = generated.initiatives.find((item) => item.partners?.length)!;
  expect(initiative).toBeDefined();
  const partner = generated.signatories.find((who) => who.slug === initiative.partners![0])!;
  await page.goto(`/initiatives/${initiative.slug}`);
  const partners = section(page, en.initiatives.partners).getByRole("link");
  await expect(partners).toHaveCount(initiative.partners!.length);
  await partners.filter({ hasText: partner.name }).first().click();
  await expect(page).toHaveURL(urlEndingWith(`/signatories/${partner.slug}`));
  await expect(page.locator("h1")).toHaveText(partner.name);
  await section(page, en.signatories.partnerIn)
    .getByRole("link", { name: initiative.title, exact: true })
    .click();
  await expect(page).toHaveURL(urlEndingWith(`/initiatives/${initiative.slug}`));
});

test("a translated item is announced in both languages, with x-default", async ({ page }) => {
  for (const path of [`/news/${translated.slug}`, `/ru/news/${translated.slug}`]) {
    await page.goto(path);
    const { canonical, alternates } = await head(page);
    expect(new URL(canonical!).pathname, path).toBe(path);
    expect(Object.keys(alternates).sort(), path).toEqual(["en", "ru", "x-default"]);
    expect(new URL(alternates.ru!).pathname).toBe(`/ru/news/${translated.slug}`);
    expect(new URL(alternates["x-default"]!).pathname).toBe(`/news/${translated.slug}`);
  }
});

test("an untranslated item's Russian page is not announced as Russian", async ({ page }) => {
  const russian = `/ru/news/${untranslated.slug}`;
  const response = await page.goto(russian);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.locator("h1")).toHaveAttribute("lang", "en");
  const { canonical, alternates, ogLocale } = await head(page);
  // Its canonical is the English original, whose text it shows; nothing names it as Russian.
  expect(new URL(canonical!).pathname).toBe(`/news/${untranslated.slug}`);
  expect(alternates).not.toHaveProperty("ru");
  expect(Object.keys(alternates).sort()).toEqual(["en", "x-default"]);
  expect(ogLocale).toBe("en_GB");
  // The original names no Russian version either.
  await page.goto(`/news/${untranslated.slug}`);
  expect((await head(page)).alternates).not.toHaveProperty("ru");
});

test("the sitemap lists a Russian version only where a translation exists", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`/ru/news/${translated.slug}</loc>`);
  expect(sitemap).not.toContain(`/ru/news/${untranslated.slug}</loc>`);
  expect(sitemap).toContain(`/news/${untranslated.slug}</loc>`);
});
