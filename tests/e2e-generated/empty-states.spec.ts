/**
 * What a reader sees where there is nothing to show: a search or filter that matches
 * nothing, an initiative no item names, an organisation that signed nothing (the generated
 * corpus has one of each, written last by scripts/generate-corpus.ts).
 */
import { expect, test } from "@playwright/test";
import { en, section } from "../e2e/helpers";
import { generated } from "./content";

test("a search that matches nothing says so, and how to find more", async ({ page }) => {
  const response = await page.goto("/search?q=zzqxwvunmatched");
  expect(response?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main).toContainText(en.search.none);
  await expect(main).toContainText(en.search.noneHelp);
  await expect(main.locator("article, ol > li h3")).toHaveCount(0);
  // It offers ways to browse instead: every country the news names.
  await expect(main).toContainText(`${en.search.browseCountries}:`);
  const countries = new Set(generated.news.flatMap((item) => item.countries ?? []));
  await expect(main.locator('a[href^="/countries/"]')).toHaveCount(countries.size);
});

test("filters that together match nothing say so, and can be cleared", async ({ page }) => {
  // A year with items, and a category none of that year's items has, if there is one;
  // otherwise a country no item of the year names.
  const years = [...new Set(generated.news.map((item) => item.date.slice(0, 4)))];
  const combination = years
    .flatMap((year) =>
      (["press-release", "news", "statement"] as const).map((category) => ({ year, category })),
    )
    .find(
      ({ year, category }) =>
        !generated.news.some((item) => item.date.startsWith(year) && item.category === category),
    );
  expect(combination, "the corpus has a year without one of the categories").toBeDefined();
  const { year, category } = combination!;
  const response = await page.goto(`/news?year=${year}&category=${category}`);
  expect(response?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main).toContainText(en.search.none);
  await expect(main).toContainText(en.search.count(0));
  await main.getByRole("link", { name: en.search.clear }).click();
  await expect(page).toHaveURL(/\/search$/);
});

test("an initiative no item names shows that nothing names it yet", async ({ page }) => {
  const initiative = generated.initiatives.find((item) => item.slug === "initiative-without-news")!;
  expect(generated.news.some((item) => item.initiatives?.includes(initiative.slug))).toBe(false);
  const response = await page.goto(`/initiatives/${initiative.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText(initiative.title);
  await expect(page.getByRole("main")).toContainText(en.initiatives.noNews);
});

test("an organisation that signed nothing says so, and claims no partnership", async ({ page }) => {
  const who = generated.signatories.find(
    (item) => item.slug === "organisation-without-statements",
  )!;
  await page.goto(`/signatories/${who.slug}`);
  await expect(page.locator("h1")).toHaveText(who.name);
  await expect(page.getByRole("main")).toContainText(en.signatories.noStatements);
  await expect(section(page, en.signatories.partnerIn)).toHaveCount(0);
});
