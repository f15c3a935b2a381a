import { expect, test } from "@playwright/test";
import { initiatives, latestStatement, news, signatory } from "./content";
import { en, expectInitiativeTree, expectSitePage, paths, section, urlEndingWith } from "./helpers";
import { expectNewsCards } from "./news-cards";

test.describe("home page", () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(paths.home);
    expect(response?.status()).toBe(200);
  });

  test("introduces the site", async ({ page }) => {
    await expectSitePage(page, en.home.title);
    await expect(page).toHaveTitle(en.site.name);
    await expect(page.getByRole("main")).toContainText(en.home.intro);
  });

  test("lists the latest news, newest first, with date, type and summary", async ({ page }) => {
    const latest = section(page, en.home.latestNews);
    await expect(latest.getByRole("link", { name: en.home.allNews })).toHaveAttribute(
      "href",
      paths.news,
    );
    const expected = news.slice(0, 6);
    const cards = latest.getByRole("article");
    await expect(cards).toHaveCount(expected.length);
    await expect(latest.getByRole("heading", { level: 3 })).toHaveText(
      expected.map((item) => item.title),
    );
    await expectNewsCards(cards, expected);
  });

  test("shows the latest joint statement with its 25 signatories as links", async ({ page }) => {
    const statement = latestStatement();
    expect(statement, "the content has a joint statement").toBeDefined();
    const box = section(page, en.home.latestStatement);
    await expect(box.getByRole("heading", { level: 3 })).toHaveText(statement!.title);
    await expect(box.getByRole("link", { name: statement!.title })).toHaveAttribute(
      "href",
      paths.article(statement!.slug),
    );
    await expect(box.locator("time")).toHaveAttribute("datetime", statement!.date);
    await expect(box).toContainText(en.categories.statement);
    await expect(box).toContainText(statement!.summary);

    const slugs = statement!.signatories ?? [];
    expect(slugs).toHaveLength(25);
    await expect(box).toContainText("Signed by 25 organisations");
    const list = box.locator("ol");
    await expect(list).toHaveCount(1);
    const links = list.getByRole("link");
    await expect(links).toHaveText(slugs.map((slug) => signatory(slug).name));
    for (const [index, slug] of slugs.entries()) {
      await expect(links.nth(index)).toHaveAttribute("href", paths.signatory(slug));
    }
  });

  test("shows every initiative, programmes nested under their parent", async ({ page }) => {
    const block = section(page, en.home.initiatives);
    await expect(block.getByRole("link", { name: en.home.allInitiatives })).toHaveAttribute(
      "href",
      paths.initiatives,
    );
    await expectInitiativeTree(block, initiatives, 3);
    // The regional hierarchy, as a reader sees it.
    const spotlight = block.locator("li", {
      has: page.getByRole("heading", { name: "Spotlight Initiative", exact: true }),
    });
    const regional = spotlight.locator("li", {
      has: page.getByRole("heading", {
        name: "Spotlight Initiative Regional Programme for Central Asia and Afghanistan",
      }),
    });
    await expect(
      regional.getByRole("link", { name: "Central Asian Alliance to End Gender-Based Violence" }),
    ).toBeVisible();
  });

  test("the latest statement links lead to the article", async ({ page }) => {
    const statement = latestStatement()!;
    await section(page, en.home.latestStatement)
      .getByRole("link", { name: statement.title })
      .click();
    await expect(page).toHaveURL(urlEndingWith(paths.article(statement.slug)));
    await expect(page.locator("h1")).toHaveText(statement.title);
  });
});
