import { expect, test } from "@playwright/test";
import { news } from "./content";
import { en, expectHeader, paths, urlEndingWith } from "./helpers";

const UNKNOWN = [
  "/news/no-such-article",
  "/initiatives/no-such-initiative",
  "/signatories/no-such-signatory",
  "/no-such-page",
  "/about/deeply/nested/path",
  "/news/page/abc",
];

test.describe("not found", () => {
  test("unknown slugs and paths answer a real 404", async ({ request }) => {
    for (const path of [...UNKNOWN, "/news/page/2", "/fr/news", "/NEWS"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["content-type"], path).toContain("text/html");
    }
  });

  for (const path of UNKNOWN) {
    test(`${path} shows the site's not-found page inside the site layout`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.notFound.title);
      await expect(page.getByRole("main")).toContainText(en.notFound.body);
      await expectHeader(page);
      await expect(page.getByRole("contentinfo")).toContainText(en.site.name);

      // The reader can find their way back.
      await page.getByRole("link", { name: en.notFound.news }).click();
      await expect(page).toHaveURL(urlEndingWith(paths.news));
      await expect(page.locator("h1")).toHaveText(en.news.title);
    });
  }
  // The 404 page without JavaScript (a known bug) is tested in no-javascript.spec.ts.
});

test.describe("redirects", () => {
  test("the English prefix redirects permanently to the unprefixed address", async ({
    request,
  }) => {
    const article = news[0]!;
    for (const [from, to] of [
      ["/en/news", paths.news],
      ["/en", paths.home],
      [`/en${paths.article(article.slug)}`, paths.article(article.slug)],
      ["/en/initiatives", paths.initiatives],
    ] as const) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      const location = new URL(response.headers()["location"] ?? "", "http://placeholder");
      expect(location.pathname, from).toBe(to);
    }
  });

  test("a reader opening /en/news lands on /news", async ({ page }) => {
    const response = await page.goto("/en/news");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(urlEndingWith(paths.news));
    await expect(page.locator("h1")).toHaveText(en.news.title);
  });
});
