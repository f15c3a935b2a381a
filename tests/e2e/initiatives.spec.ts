import { expect, test } from "@playwright/test";
import {
  childrenOf,
  firstParagraph,
  initiative,
  initiatives,
  newsNaming,
  readableDate,
  signatory,
} from "./content";
import {
  en,
  expectInitiativeTree,
  expectSitePage,
  fact,
  paths,
  section,
  urlEndingWith,
} from "./helpers";

const SPOTLIGHT = "Spotlight Initiative";
const REGIONAL = "Spotlight Initiative Regional Programme for Central Asia and Afghanistan";
const ALLIANCE = "Central Asian Alliance to End Gender-Based Violence";

/** Every initiative below `slug`, at any depth. */
function descendantsOf(slug: string): typeof initiatives {
  return childrenOf(slug).flatMap((child) => [child, ...descendantsOf(child.slug)]);
}

test.describe("initiatives", () => {
  test("the index shows the hierarchy of initiatives", async ({ page }) => {
    const response = await page.goto(paths.initiatives);
    expect(response?.status()).toBe(200);
    await expectSitePage(page, en.initiatives.title);
    await expect(page.getByRole("main")).toContainText(en.initiatives.intro);

    const main = page.getByRole("main");
    await expectInitiativeTree(main, initiatives, 2);

    // Central Asian Alliance ⊂ Regional Programme ⊂ Spotlight Initiative, as a reader sees it.
    const spotlight = main.locator("li", {
      has: page.getByRole("heading", { level: 2, name: SPOTLIGHT, exact: true }),
    });
    const regional = spotlight.locator("li", {
      has: page.getByRole("heading", { level: 3, name: REGIONAL, exact: true }),
    });
    await expect(regional).toHaveCount(1);
    await expect(regional.getByRole("heading", { level: 4, name: ALLIANCE })).toBeVisible();
    // Top-level initiatives are not nested anywhere.
    await expect(main.getByRole("heading", { level: 2 })).toHaveText(
      initiatives.filter((item) => !item.parent).map((item) => item.title),
    );
    // Each entry shows its summary and start year.
    for (const item of initiatives) {
      const entry = main.locator(
        `li:has(> :is(h2, h3, h4) > a[href="${paths.initiative(item.slug)}"])`,
      );
      await expect(entry.locator("> p")).toContainText(item.summary);
      if (item.started)
        await expect(entry.locator("> p")).toContainText(
          `${en.initiatives.started} ${item.started}`,
        );
    }
  });

  for (const item of initiatives) {
    test(`${item.slug}: facts, parent, programmes, partners and news`, async ({ page }) => {
      const response = await page.goto(paths.initiative(item.slug));
      expect(response?.status()).toBe(200);
      await expectSitePage(page, item.title);
      await expect(page).toHaveTitle(`${item.title} · ${en.site.shortName}`);
      const main = page.getByRole("main");
      await expect(main.locator("header")).toContainText(item.summary);
      await expect(
        page.getByRole("navigation", { name: en.site.breadcrumb }).getByRole("link"),
      ).toHaveText([en.nav.home, en.nav.initiatives]);

      if (item.shortName)
        await expect(fact(main, en.initiatives.shortName)).toHaveText(item.shortName);
      if (item.started)
        await expect(fact(main, en.initiatives.started)).toHaveText(String(item.started));
      const parentFact = fact(main, en.initiatives.partOf);
      if (item.parent) {
        const parent = initiative(item.parent);
        await expect(parentFact.getByRole("link")).toHaveText(parent.title);
        await expect(parentFact.getByRole("link")).toHaveAttribute(
          "href",
          paths.initiative(parent.slug),
        );
      } else {
        await expect(parentFact).toHaveCount(0);
      }
      if (item.website) {
        await expect(fact(main, en.initiatives.website).getByRole("link")).toHaveAttribute(
          "href",
          item.website,
        );
      }
      await expect(main).toContainText(firstParagraph(item.body));

      const programmes = section(page, en.initiatives.programmes);
      const below = descendantsOf(item.slug);
      if (below.length > 0) {
        await expectInitiativeTree(programmes, below, 3, initiatives, item.slug);
      } else {
        await expect(programmes).toHaveCount(0);
      }

      const partners = section(page, en.initiatives.partners);
      const expectedPartners = (item.partners ?? []).map(signatory);
      if (expectedPartners.length > 0) {
        const links = partners.getByRole("link");
        await expect(links).toHaveText(expectedPartners.map((partner) => partner.name));
        for (const [index, partner] of expectedPartners.entries()) {
          await expect(links.nth(index)).toHaveAttribute("href", paths.signatory(partner.slug));
        }
      } else {
        await expect(partners).toHaveCount(0);
      }

      const naming = newsNaming(item.slug);
      const newsSection = section(page, en.initiatives.newsCount(naming.length));
      if (naming.length > 0) {
        // A timeline: a heading per year, then the items of that year.
        await expect(newsSection.getByRole("heading", { level: 4 })).toHaveText(
          naming.map((entry) => entry.title),
        );
        for (const [index, entry] of naming.entries()) {
          const card = newsSection.getByRole("article").nth(index);
          await expect(card.getByRole("link")).toHaveAttribute("href", paths.article(entry.slug));
          await expect(card.locator("time")).toHaveAttribute("datetime", entry.date);
          await expect(card.locator("time")).toHaveText(readableDate(entry.date));
        }
      } else {
        await expect(newsSection).toContainText(en.initiatives.noNews);
      }
    });
  }

  test("the Central Asian Alliance page shows its parent and launch news, and no partners no source names", async ({
    page,
  }) => {
    await page.goto(paths.initiative("central-asian-alliance-end-gbv"));
    const main = page.getByRole("main");
    await expect(fact(main, en.initiatives.partOf)).toHaveText(REGIONAL);
    expect(initiative("central-asian-alliance-end-gbv").partners ?? []).toEqual([]);
    await expect(section(page, en.initiatives.partners)).toHaveCount(0);
    await expect(
      section(page, new RegExp(`^${en.initiatives.news}`)).getByRole("link", {
        name: "New Central Asian alliance against gender-based violence launched in Almaty",
      }),
    ).toBeVisible();
  });

  test("a reader climbs the hierarchy by the parent links and comes back down", async ({
    page,
  }) => {
    await page.goto(paths.initiative("central-asian-alliance-end-gbv"));
    await fact(page.getByRole("main"), en.initiatives.partOf).getByRole("link").click();
    await expect(page).toHaveURL(
      urlEndingWith(paths.initiative("spotlight-central-asia-afghanistan")),
    );
    await expect(page.locator("h1")).toHaveText(REGIONAL);
    await expect(
      section(page, en.initiatives.programmes).getByRole("link", { name: ALLIANCE }),
    ).toBeVisible();

    await fact(page.getByRole("main"), en.initiatives.partOf).getByRole("link").click();
    await expect(page).toHaveURL(urlEndingWith(paths.initiative("spotlight-initiative")));
    await expect(page.locator("h1")).toHaveText(SPOTLIGHT);
    await expect(fact(page.getByRole("main"), en.initiatives.partOf)).toHaveCount(0);

    const programmes = section(page, en.initiatives.programmes);
    await expect(programmes.getByRole("heading", { level: 3, name: REGIONAL })).toBeVisible();
    await expect(programmes.getByRole("heading", { level: 4, name: ALLIANCE })).toBeVisible();
    await programmes.getByRole("link", { name: ALLIANCE }).click();
    await expect(page).toHaveURL(urlEndingWith(paths.initiative("central-asian-alliance-end-gbv")));
    await expect(page.locator("h1")).toHaveText(ALLIANCE);
  });
});
