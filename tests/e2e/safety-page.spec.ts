import { expect, test } from "@playwright/test";
import { en, expectSitePage, paths, urlEndingWith } from "./helpers";

const BROWSERS = ["Chrome", "Firefox", "Safari on iPhone", "Samsung Internet", "Microsoft Edge"];

test.describe("Staying safe online", () => {
  test("explains leaving quickly, history, private browsing and deleting history", async ({
    page,
  }) => {
    const response = await page.goto(paths.safety);
    expect(response?.status()).toBe(200);
    await expectSitePage(page, en.safety.title);
    await expect(page).toHaveTitle(`${en.safety.title} · ${en.site.shortName}`);
    const main = page.getByRole("main");
    await expect(main).toContainText(en.safety.intro);

    // One h2 per section (after "On this page"), each with its text.
    await expect(main.getByRole("heading", { level: 2 })).toHaveText([
      en.safety.onThisPage,
      ...en.safety.sections.map((section) => section.title),
    ]);
    for (const section of en.safety.sections) {
      const region = page.getByRole("region", { name: section.title, exact: true });
      for (const paragraph of section.paragraphs) await expect(region).toContainText(paragraph);
      for (const point of section.points ?? []) await expect(region).toContainText(point);
      if (section.browsers) {
        // Steps for each common browser, in order.
        await expect(region.getByRole("heading", { level: 3 })).toHaveText(BROWSERS);
        for (const browser of section.browsers) {
          const steps = region
            .getByRole("heading", { name: browser.name, exact: true })
            .locator("xpath=..")
            .getByRole("listitem");
          await expect(steps).toHaveText(browser.steps);
        }
      }
    }
    // The shortcut and the quick exit are explained.
    await expect(main).toContainText("press the Shift key 3 times");
    await expect(main).toContainText("Exit this page");
  });

  test("is linked from the footer and from the quick-exit bar, and its contents list works", async ({
    page,
  }) => {
    await page.goto(paths.home);
    await expect(
      page.getByRole("contentinfo").getByRole("link", { name: en.quickExit.safetyLink }),
    ).toHaveAttribute("href", paths.safety);
    await page
      .getByRole("navigation", { name: en.quickExit.region })
      .getByRole("link", { name: en.quickExit.safetyLink })
      .click();
    await expect(page).toHaveURL(urlEndingWith(paths.safety));

    const deleting = en.safety.sections.find((section) => section.id === "delete-history")!;
    await page
      .getByRole("navigation", { name: en.safety.onThisPage })
      .getByRole("link", { name: deleting.title })
      .click();
    await expect(page).toHaveURL(urlEndingWith(`${paths.safety}#${deleting.id}`));
    await expect(page.getByRole("heading", { name: deleting.title })).toBeInViewport();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the page is complete", async ({ page }) => {
      await page.goto(paths.safety);
      await expectSitePage(page, en.safety.title);
      await expect(page.getByRole("heading", { level: 3 })).toHaveCount(BROWSERS.length * 2);
    });
  });
});
