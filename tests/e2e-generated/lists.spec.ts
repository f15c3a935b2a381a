/**
 * Long lists and pagination, on a site built with a generated corpus of 150 documents: the
 * archive's first, a middle and the last page, one past the last, a year's and a topic's pages,
 * and the long index of organisations, as a reader moves through them.
 */
import { expect, test, type Page } from "@playwright/test";
import { NEWS_PER_PAGE } from "../../lib/pagination";
import { en, section } from "../e2e/helpers";
import { generated } from "./content";

const { news } = generated;
const totalPages = Math.ceil(news.length / NEWS_PER_PAGE);
const titlesOnPage = (page: number) =>
  news.slice((page - 1) * NEWS_PER_PAGE, page * NEWS_PER_PAGE).map((item) => item.title);

const listed = (page: Page) => page.getByRole("main").locator("article h2 a");
const pagination = (page: Page) => page.getByRole("navigation", { name: en.pagination.label });

test("the corpus is long enough to need several pages", () => {
  expect(totalPages).toBeGreaterThanOrEqual(5);
});

test("the archive's first page: the newest items, a way forward and none back", async ({
  page,
}) => {
  await page.goto("/news");
  await expect(page.locator("h1")).toHaveText(en.news.title);
  await expect(listed(page)).toHaveText(titlesOnPage(1));
  await expect(pagination(page).getByRole("link", { name: en.pagination.previous })).toHaveCount(0);
  await expect(pagination(page).locator('[aria-current="page"]')).toHaveText(
    en.pagination.page(1) + "1",
  );
  await pagination(page).getByRole("link", { name: en.pagination.next }).click();
  await expect(page).toHaveURL(/\/news\/page\/2$/);
  await expect(listed(page)).toHaveText(titlesOnPage(2));
});

test("a middle page: its items, numbered as such, with both ways", async ({ page }) => {
  const middle = Math.ceil(totalPages / 2);
  const response = await page.goto(`/news/page/${middle}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText(en.browse.page(en.news.title, middle, totalPages));
  await expect(listed(page)).toHaveText(titlesOnPage(middle));
  await expect(page).toHaveTitle(
    `${en.browse.page(en.news.title, middle, totalPages)} · ${en.site.shortName}`,
  );
  await pagination(page).getByRole("link", { name: en.pagination.previous }).click();
  await expect(page).toHaveURL(
    new RegExp(`/news${middle - 1 === 1 ? "" : `/page/${middle - 1}`}$`),
  );
  await expect(listed(page)).toHaveText(titlesOnPage(middle - 1));
});

test("the last page: the oldest items, and no way forward", async ({ page }) => {
  await page.goto(`/news/page/${totalPages}`);
  await expect(listed(page)).toHaveText(titlesOnPage(totalPages));
  await expect(listed(page)).toHaveCount(news.length - (totalPages - 1) * NEWS_PER_PAGE);
  await expect(pagination(page).getByRole("link", { name: en.pagination.next })).toHaveCount(0);
  // The first page is always offered, with a gap before the last ones.
  await expect(
    pagination(page).getByRole("link", { name: en.pagination.page(1), exact: true }),
  ).toHaveAttribute("href", "/news");
});

test("one page past the last, and a page 0, are not found", async ({ page, request }) => {
  const past = await page.goto(`/news/page/${totalPages + 1}`);
  expect(past?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText(en.notFound.title);
  for (const path of ["/news/page/0", "/news/page/01", `/news/page/${totalPages}000`]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  // Page 1 has one address.
  const first = await request.get("/news/page/1", { maxRedirects: 0 });
  expect(first.status()).toBe(308);
});

test("a year's list pages through that year's items only", async ({ page }) => {
  const counts = new Map<string, number>();
  for (const item of news)
    counts.set(item.date.slice(0, 4), (counts.get(item.date.slice(0, 4)) ?? 0) + 1);
  const [year, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const inYear = news.filter((item) => item.date.startsWith(year));
  await page.goto(`/news/year/${year}`);
  await expect(page.locator("h1")).toHaveText(en.browse.year(Number(year)));
  await expect(listed(page)).toHaveText(inYear.slice(0, NEWS_PER_PAGE).map((item) => item.title));
  if (count > NEWS_PER_PAGE) {
    await pagination(page).getByRole("link", { name: en.pagination.next }).click();
    await expect(page).toHaveURL(new RegExp(`/news/year/${year}/page/2$`));
    await expect(listed(page)).toHaveText(
      inYear.slice(NEWS_PER_PAGE, 2 * NEWS_PER_PAGE).map((item) => item.title),
    );
  }
  const lastPage = Math.max(1, Math.ceil(count / NEWS_PER_PAGE));
  expect((await page.goto(`/news/year/${year}/page/${lastPage + 1}`))?.status()).toBe(404);
});

test("the organisations' index lists every one, grouped, with counts", async ({ page }) => {
  await page.goto("/signatories");
  const main = page.getByRole("main");
  await expect(main.getByRole("listitem").getByRole("link")).toHaveCount(
    generated.signatories.length,
  );
  expect(generated.signatories.length).toBeGreaterThanOrEqual(15);
  const total = await main
    .getByRole("heading", { level: 2 })
    .allTextContents()
    .then((headings) =>
      headings.reduce((sum, text) => sum + Number(/\((\d+)\)/.exec(text)?.[1]), 0),
    );
  expect(total).toBe(generated.signatories.length);
});

test("a long statement lists every signatory in order", async ({ page }) => {
  const statement = news
    .filter((item) => item.category === "statement")
    .sort((a, b) => (b.signatories?.length ?? 0) - (a.signatories?.length ?? 0))[0]!;
  expect(statement.signatories!.length).toBeGreaterThanOrEqual(10);
  await page.goto(`/news/${statement.slug}`);
  const names = new Map(generated.signatories.map((who) => [who.slug, who.name]));
  await expect(section(page, en.news.signatories).locator("ol > li").getByRole("link")).toHaveText(
    statement.signatories!.map((slug) => names.get(slug)!),
  );
});
