import { expect, test } from "@playwright/test";
import { initiatives, news, signatories } from "./content";
import { en, expectSitePage, paths } from "./helpers";

/** One page of every kind, and every content page. */
const PAGES: { path: string; h1: string; status?: number }[] = [
  { path: paths.home, h1: en.home.title },
  { path: paths.news, h1: en.news.title },
  ...news.map((item) => ({ path: paths.article(item.slug), h1: item.title })),
  { path: paths.initiatives, h1: en.initiatives.title },
  ...initiatives.map((item) => ({ path: paths.initiative(item.slug), h1: item.title })),
  { path: paths.signatories, h1: en.signatories.title },
  ...signatories
    .filter((item) => ["un-women", "embassy-canada"].includes(item.slug))
    .map((item) => ({ path: paths.signatory(item.slug), h1: item.name })),
  { path: paths.safety, h1: en.safety.title },
  { path: "/no-such-page", h1: en.notFound.title, status: 404 },
];

test.describe("every page", () => {
  for (const { path, h1, status = 200 } of PAGES) {
    test(`${path}: one h1, lang, header navigation and a working skip link`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await expectSitePage(page, h1);
      await expect(page.getByRole("contentinfo")).toContainText(en.site.name);

      // The first Tab reaches the skip link, which then shows itself on screen.
      const skip = page.getByRole("link", { name: en.site.skipToContent });
      await expect(skip).toHaveAttribute("href", "#main");
      await page.keyboard.press("Tab");
      await expect(skip).toBeFocused();
      const box = await skip.boundingBox();
      expect(box?.width ?? 0, "the focused skip link is visible").toBeGreaterThan(20);
      expect(box?.height ?? 0, "the focused skip link is visible").toBeGreaterThan(10);

      // Enter moves the focus to the main content.
      await page.keyboard.press("Enter");
      await expect(page.locator("main#main")).toBeFocused();
      expect(new URL(page.url()).hash).toBe("#main");
      // The next Tab continues inside the main content, not back in the header.
      await page.keyboard.press("Tab");
      const insideMain = await page.evaluate(
        () => document.getElementById("main")?.contains(document.activeElement) ?? false,
      );
      expect(insideMain, "focus continues in the main content").toBe(true);
    });
  }
});
