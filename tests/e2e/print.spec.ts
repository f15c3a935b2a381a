import { expect, test } from "@playwright/test";
import { latestStatement, newsItem } from "./content";
import { en, paths } from "./helpers";

test.describe("printing", () => {
  // Printed from a phone or computer set to dark mode, too.
  test.use({ colorScheme: "dark" });

  test("a statement prints without navigation, black on white, with every signatory", async ({
    page,
  }) => {
    const statement = latestStatement()!;
    await page.emulateMedia({ media: "print" });
    await page.goto(paths.article(statement.slug));

    await expect(page.locator("h1")).toHaveText(statement.title);
    for (const hidden of [
      page.getByRole("navigation", { name: en.quickExit.region }),
      page.getByRole("navigation", { name: en.site.primaryNavigation }),
      page.getByRole("navigation", { name: en.site.breadcrumb }),
      page.getByRole("contentinfo"),
    ]) {
      await expect(hidden).toBeHidden();
    }
    const signatories = page
      .getByRole("region", { name: en.news.signatories, exact: true })
      .locator("ol > li");
    await expect(signatories).toHaveCount(statement.signatories!.length);
    for (const item of await signatories.all()) await expect(item).toBeVisible();

    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector("h1")!).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours).toEqual({ text: "rgb(0, 0, 0)", background: "rgb(255, 255, 255)" });

    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("the address of each external link is printed after it", async ({ page }) => {
    const item = newsItem("central-asian-alliance-launch-almaty");
    await page.emulateMedia({ media: "print" });
    await page.goto(paths.article(item.slug));
    const source = page.getByRole("main").getByRole("link", { name: `“${item.source!.title}”` });
    const after = await source.evaluate((link) => getComputedStyle(link, "::after").content);
    expect(after).toBe(`" (${item.source!.url})"`);

    // On screen, no addresses are added.
    await page.emulateMedia({ media: "screen" });
    expect(await source.evaluate((link) => getComputedStyle(link, "::after").content)).toBe("none");
  });
});
