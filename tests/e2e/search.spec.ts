/** Search, filters and browse pages, as a reader uses them — with and without JavaScript. */
import { expect, test, type Page } from "@playwright/test";
import { countryName, news, topicLabel } from "./content";
import { en, paths } from "./helpers";

const PRESS_RELEASE = "almaty-consultation-action-coalition-gbv";
const titleOf = (slug: string) => news.find((item) => item.slug === slug)!.title;

const resultTitles = (page: Page) =>
  page.getByRole("region", { name: /result/ }).getByRole("heading", { level: 3 });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`search ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("the header's search box finds a misspelt country, with the match marked", async ({
      page,
    }) => {
      await page.goto(paths.home);
      const box = page.getByRole("search", { name: en.search.label }).getByRole("searchbox");
      await box.fill("uzbekstan");
      await box.press("Enter");
      await expect(page).toHaveURL(/\/search\?q=uzbekstan$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        en.search.resultsTitle("uzbekstan"),
      );
      await expect(resultTitles(page).first()).toHaveText(titleOf(PRESS_RELEASE));
      await expect(page.locator("mark", { hasText: "Uzbekistan" }).first()).toBeVisible();
    });

    test("filters combine and stay in the URL", async ({ page }) => {
      await page.goto("/search");
      await page.getByText(en.search.filters, { exact: true }).first().click();
      await page.getByLabel(en.search.country).selectOption("KZ");
      await page.getByLabel(en.search.year).selectOption("2021");
      await page.getByRole("button", { name: en.search.apply }).click();
      await expect(page).toHaveURL(/country=KZ/);
      await expect(page).toHaveURL(/year=2021/);
      const expected = news
        .filter((item) => item.countries?.includes("KZ") && item.date.startsWith("2021-"))
        .map((item) => item.title);
      await expect(resultTitles(page)).toHaveText(expected);
    });
  });
}

test("the news list takes the same filters", async ({ page }) => {
  const response = await page.goto("/news?country=KZ&year=2023");
  expect(response?.status()).toBe(200);
  const expected = news.filter(
    (item) => item.countries?.includes("KZ") && item.date.startsWith("2023-"),
  );
  await expect(resultTitles(page)).toHaveText(expected.map((item) => item.title));
});

test("an empty result explains what to try and offers countries to browse", async ({ page }) => {
  await page.goto("/search?q=zzqqxxnothing");
  await expect(page.getByText(en.search.none)).toBeVisible();
  await expect(page.getByText(en.search.noneHelp)).toBeVisible();
  await page.getByRole("link", { name: countryName("KZ") }).click();
  await expect(page).toHaveURL(/\/countries\/kz$/);
});

test.describe("hostile queries get a normal page, never a 500, never unescaped", () => {
  const cases: Array<[string, string]> = [
    ["a 10,000-character query", `/search?q=${"a".repeat(10_000)}`],
    ["a script tag", `/search?q=${encodeURIComponent("<script>alert(1)</script>")}`],
    ["odd Unicode", `/search?q=${encodeURIComponent("\u202Eevil 💥 \u0000")}`],
    [
      "unknown filter values",
      "/search?country=XX&initiative=nope&signatory=%3Cb%3E&year=20x1&category=blog",
    ],
    ["a negative page", "/search?page=-1"],
    ["a huge page", "/search?page=999999999"],
    ["repeated parameters", "/search?q=a&q=b&country=KZ&country=UZ"],
  ];
  for (const [name, url] of cases) {
    test(name, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).not.toContain("<script>alert(1)</script>");
      expect(html).not.toContain("<b>");
    });
  }

  test("ignored values are named in a notice", async ({ page }) => {
    await page.goto("/search?country=XX&year=20x1");
    const notice = page.getByRole("main").getByRole("status");
    await expect(notice).toContainText(en.search.ignored(en.search.params.country, "XX"));
    await expect(notice).toContainText(en.search.ignored(en.search.params.year, "20x1"));
  });
});

test.describe("browse pages", () => {
  test("a country page lists every published item about it", async ({ page }) => {
    const response = await page.goto("/countries/kz");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      en.browse.country(countryName("KZ")),
    );
    const expected = news
      .filter((item) => item.countries?.includes("KZ"))
      .map((item) => item.title);
    await expect(page.getByRole("main").getByRole("article").getByRole("heading")).toHaveText(
      expected,
    );
  });

  test("an article's topic and country links lead to their pages, and it shows related items", async ({
    page,
  }) => {
    const item = news.find((entry) => entry.slug === PRESS_RELEASE)!;
    await page.goto(paths.article(item.slug));
    await expect(page.getByRole("region", { name: en.news.related })).toBeVisible();
    const tag = item.tags![0]!;
    await page.getByRole("link", { name: topicLabel(tag), exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(topicLabel(tag));
    await expect(page.getByRole("link", { name: item.title })).toBeVisible();
  });

  test("year archives list the year's items and link to the other years", async ({ page }) => {
    await page.goto(paths.news);
    await page.getByRole("link", { name: "2021", exact: true }).click();
    await expect(page).toHaveURL(/\/news\/year\/2021$/);
    const expected = news.filter((item) => item.date.startsWith("2021-")).map((item) => item.title);
    await expect(page.getByRole("main").getByRole("article").getByRole("heading")).toHaveText(
      expected,
    );
  });

  test("unknown countries, topics and years are 404", async ({ request }) => {
    for (const url of [
      "/countries/xx",
      "/countries/KZ",
      "/tags/no-such-topic",
      "/news/year/1999",
      "/countries/kz/page/9",
    ]) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  });

  test("a signatory page shows a counted timeline of its statements", async ({ page }) => {
    await page.goto(paths.signatory("un-women"));
    const statements = news.filter((item) => item.signatories?.includes("un-women"));
    const region = page.getByRole("region", {
      name: en.signatories.statementsCount(statements.length),
    });
    await expect(region).toBeVisible();
    await expect(region.getByRole("heading", { level: 3 }).first()).toContainText(
      statements[0]!.date.slice(0, 4),
    );
  });
});
