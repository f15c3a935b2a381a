import { expect, test } from "@playwright/test";
import {
  firstParagraph,
  initiative,
  latestStatement,
  news,
  newsItem,
  readableDate,
  signatory,
} from "./content";
import { en, expectSitePage, fact, paths, section, urlEndingWith } from "./helpers";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the home page is complete", async ({ page }) => {
    const response = await page.goto(paths.home);
    expect(response?.status()).toBe(200);
    await expectSitePage(page, en.home.title);
    await expect(section(page, en.home.latestNews).getByRole("heading", { level: 3 })).toHaveText(
      news.slice(0, 6).map((item) => item.title),
    );
    const statement = latestStatement()!;
    await expect(section(page, en.home.latestStatement).locator("ol").getByRole("link")).toHaveText(
      (statement.signatories ?? []).map((slug) => signatory(slug).name),
    );
    await expect(
      section(page, en.home.initiatives).getByRole("link", {
        name: "Spotlight Initiative",
        exact: true,
      }),
    ).toBeVisible();
  });

  test("an article is complete", async ({ page }) => {
    const item = newsItem("almaty-consultation-action-coalition-gbv");
    await page.goto(paths.article(item.slug));
    await expectSitePage(page, item.title);
    const main = page.getByRole("main");
    await expect(fact(main, en.news.date).locator("time")).toHaveText(readableDate(item.date));
    await expect(fact(main, en.news.location)).toHaveText("Almaty");
    await expect(main).toContainText(firstParagraph(item.body));
    await expect(section(page, en.news.contacts)).toContainText("Vassilina Vorkova");
  });

  test("a reader moves through the site by following links", async ({ page }) => {
    await page.goto(paths.home);

    // Header navigation → news list.
    await page
      .getByRole("navigation", { name: en.site.primaryNavigation })
      .getByRole("link", { name: en.nav.news })
      .click();
    await expect(page).toHaveURL(urlEndingWith(paths.news));
    await expect(page.locator("h1")).toHaveText(en.news.title);

    // News list → the statement.
    const statement = latestStatement()!;
    await page.getByRole("main").getByRole("link", { name: statement.title }).click();
    await expect(page).toHaveURL(urlEndingWith(paths.article(statement.slug)));
    await expect(page.locator("h1")).toHaveText(statement.title);
    await expect(section(page, en.news.signatories).locator("ol > li")).toHaveCount(25);

    // Statement → a signatory.
    await section(page, en.news.signatories)
      .getByRole("link", { name: "UN Women", exact: true })
      .click();
    await expect(page).toHaveURL(urlEndingWith(paths.signatory("un-women")));
    await expect(page.locator("h1")).toHaveText("UN Women");

    // Signatory → the statement it signed → an initiative the statement names.
    await section(page, new RegExp(`^${en.signatories.statements}`))
      .getByRole("link", { name: statement.title })
      .click();
    await expect(page).toHaveURL(urlEndingWith(paths.article(statement.slug)));
    const named = initiative(statement.initiatives![0]!);
    await fact(page.getByRole("main"), en.news.initiatives)
      .getByRole("link", { name: named.shortName ?? named.title })
      .click();
    await expect(page).toHaveURL(urlEndingWith(paths.initiative(named.slug)));
    await expect(page.locator("h1")).toHaveText(named.title);

    // Initiatives → one within a programme → its parent.
    await page
      .getByRole("navigation", { name: en.site.primaryNavigation })
      .getByRole("link", { name: en.nav.initiatives })
      .click();
    const alliance = initiative("central-asian-alliance-end-gbv");
    await page.getByRole("main").getByRole("link", { name: alliance.title }).click();
    await expect(page).toHaveURL(urlEndingWith(paths.initiative(alliance.slug)));
    await expect(page.locator("h1")).toHaveText(alliance.title);
    await fact(page.getByRole("main"), en.initiatives.partOf).getByRole("link").click();
    await expect(page).toHaveURL(urlEndingWith(paths.initiative(alliance.parent!)));
    await expect(page.locator("h1")).toHaveText(initiative(alliance.parent!).title);
  });

  test("the skip link moves focus to the main content", async ({ page }) => {
    await page.goto(paths.news);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: en.site.skipToContent })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });

  for (const path of [
    "/news/no-such-article",
    "/news/page/2",
    "/news/page/abc",
    "/initiatives/no-such-initiative",
    "/signatories/no-such-organisation",
    "/no/such/page",
  ]) {
    test(`the not-found page at ${path} is rendered on the server`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.notFound.title);
      await expect(page.getByRole("navigation", { name: en.site.primaryNavigation })).toBeVisible();
    });
  }
});
