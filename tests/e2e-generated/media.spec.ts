/**
 * Pictures and documents, on the generated-corpus site, which includes the fixture articles of
 * tests/fixtures/media-articles/ with photos and PDFs made with sharp at build
 * (scripts/synthetic-media.ts): the article's figure, the pictures in its text, the thumbnails
 * of lists, the documents and their downloads, and the link-preview card built from the photo.
 */
import { expect, test, type Locator } from "@playwright/test";
import sharp from "sharp";
import { formatFileSize } from "../../lib/format";
import { getDictionary } from "../../lib/i18n/dictionary";
import { en } from "../e2e/helpers";

const ARTICLE = "/news/photo-exhibition-almaty";
const ru = getDictionary("ru");

/** The `<source>` types and every URL of their srcsets. */
async function sourcesOf(picture: Locator) {
  const sources = picture.locator("source");
  const types = await sources.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute("type")),
  );
  const srcsets = await sources.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute("srcset") ?? ""),
  );
  return { types, srcsets };
}

test("the article's photo is a figure under the headline, with its caption and credit", async ({
  page,
}) => {
  await page.goto(ARTICLE);
  const figure = page.getByRole("main").locator("figure").first();
  // Right under the headline, before the text.
  const headlineBottom = (await page.locator("h1").boundingBox())!;
  const figureBox = (await figure.boundingBox())!;
  expect(figureBox.y).toBeGreaterThan(headlineBottom.y);

  const img = figure.locator("img");
  await expect(img).toHaveAttribute(
    "alt",
    "Visitors gather in front of large printed panels at the opening of the exhibition",
  );
  await expect(figure.locator("figcaption")).toHaveText(
    `The opening of the exhibition at the city's central gallery. ${en.news.photoCredit("Test Photographer")}`,
  );
  // Intrinsic size (no layout shift): the largest variant of a 2400 × 1600 photo.
  await expect(img).toHaveAttribute("width", "1200");
  await expect(img).toHaveAttribute("height", "800");
  // The largest thing on the page: fetched at once, first.
  await expect(img).toHaveAttribute("loading", "eager");
  await expect(img).toHaveAttribute("fetchpriority", "high");
  await expect(img).toHaveAttribute("src", /^\/media\/[0-9a-f]{16}\/1200\.jpg$/);

  const { types, srcsets } = await sourcesOf(figure.locator("picture"));
  expect(types).toEqual(["image/avif", "image/webp"]);
  expect(srcsets[0]).toMatch(
    /^\/media\/[0-9a-f]{16}\/800\.avif 800w, \/media\/[0-9a-f]{16}\/1200\.avif 1200w$/,
  );
  expect(srcsets[1]).toMatch(
    /^\/media\/[0-9a-f]{16}\/800\.webp 800w, \/media\/[0-9a-f]{16}\/1200\.webp 1200w$/,
  );
  // The browser chose one and it loaded, at the photo's shape.
  await expect
    .poll(() => img.evaluate((node: HTMLImageElement) => node.complete && node.naturalWidth))
    .toBeGreaterThan(0);
  const chosen = await img.evaluate((node: HTMLImageElement) => node.currentSrc);
  expect(chosen).toMatch(/\.avif$/);
});

test("every served variant is the type its source says, without metadata, cached for good", async ({
  page,
  request,
}) => {
  await page.goto(ARTICLE);
  const { types, srcsets } = await sourcesOf(page.getByRole("main").locator("picture").first());
  const formats: Record<string, string> = { "image/avif": "heif", "image/webp": "webp" };
  for (const [index, srcset] of srcsets.entries()) {
    for (const url of srcset.split(", ").map((entry) => entry.split(" ")[0]!)) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-type"], url).toBe(types[index]);
      expect(response.headers()["cache-control"], url).toBe("public, max-age=31536000, immutable");
      const metadata = await sharp(await response.body()).metadata();
      expect(metadata.format, url).toBe(formats[types[index]!]);
      expect(metadata.width, url).toBe(Number(url.match(/(\d+)\.\w+$/)![1]));
      // The fixture photo has camera EXIF (make, model, artist); no served file keeps any.
      expect(metadata.exif, url).toBeUndefined();
    }
  }
});

test("a picture in the text is a lazy figure with its title as caption", async ({ page }) => {
  await page.goto(ARTICLE);
  const figure = page.locator(".prose figure");
  await expect(figure).toHaveCount(1);
  const img = figure.locator("img");
  await expect(img).toHaveAttribute("alt", "A panel of portraits and handwritten notes on a wall");
  await expect(img).toHaveAttribute("loading", "lazy");
  await expect(img).toHaveAttribute("width", "1200");
  await expect(img).toHaveAttribute("height", "900");
  await expect(figure.locator("figcaption")).toHaveText(
    "Portraits and notes on the gallery's east wall.",
  );
  const { types } = await sourcesOf(figure.locator("picture"));
  expect(types).toEqual(["image/avif", "image/webp"]);
});

test("the documents list gives each title, type, size and language, and downloads it by name", async ({
  page,
  request,
}) => {
  await page.goto(ARTICLE);
  const list = page.getByRole("region", { name: en.news.documents }).getByRole("listitem");
  await expect(list).toHaveCount(2);
  const link = list.nth(0).getByRole("link");
  await expect(link).toHaveText("Curators' statement");
  await expect(list.nth(1).getByRole("link")).toHaveText("List of exhibited works");

  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/media\/[0-9a-f]{16}\/curators-statement\.pdf$/);
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe(
    'attachment; filename="curators-statement.pdf"',
  );
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  // Type, size (of the file served: about 240 KB) and language under the title.
  const bytes = Number(response.headers()["content-length"]);
  expect(Math.round(bytes / 1024)).toBeGreaterThanOrEqual(240);
  expect(Math.round(bytes / 1024)).toBeLessThan(245);
  await expect(list.nth(0)).toContainText(
    `PDF, ${formatFileSize(bytes, "en")} · ${en.language.inLanguage("English")}`,
  );
  const body = await response.body();
  expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(body.length).toBe(bytes);
});

test("the Russian version gives its own words and its own version of a document", async ({
  page,
  request,
}) => {
  await page.goto(`/ru${ARTICLE}`);
  const figure = page.getByRole("main").locator("figure").first();
  await expect(figure.locator("img")).toHaveAttribute(
    "alt",
    "Посетители у больших печатных панелей на открытии выставки",
  );
  await expect(figure.locator("figcaption")).toContainText(
    ru.news.photoCredit("Тестовый фотограф"),
  );
  const list = page.getByRole("region", { name: ru.news.documents }).getByRole("listitem");
  await expect(list).toHaveCount(2);
  await expect(list.nth(0).getByRole("link")).toHaveText("Заявление кураторов");
  await expect(list.nth(0).getByRole("link")).toHaveAttribute(
    "href",
    /\/curators-statement-ru\.pdf$/,
  );
  const own = await request.get((await list.nth(0).getByRole("link").getAttribute("href"))!);
  const bytes = Number(own.headers()["content-length"]);
  await expect(list.nth(0)).toContainText(
    `PDF, ${formatFileSize(bytes, "ru")} · ${ru.language.inLanguage("русский")}`,
  );
  // The second shares the original's file, in English.
  await expect(list.nth(1).getByRole("link")).toHaveAttribute("href", /\/works\.pdf$/);
});

test("lists show a lazy thumbnail where an item has a photo, and none where it has not", async ({
  page,
}) => {
  await page.goto("/news");
  const main = page.getByRole("main");
  const card = main.locator("article").filter({ hasText: "a photo exhibition on survivors" });
  const thumbnail = card.locator("picture img");
  await expect(thumbnail).toHaveAttribute("loading", "lazy");
  await expect(thumbnail).toHaveAttribute("alt", "");
  await expect(thumbnail).toHaveAttribute("width", "400");
  await expect(thumbnail).toHaveAttribute("height", "267");
  const { types } = await sourcesOf(card.locator("picture"));
  expect(types).toEqual(["image/avif", "image/webp"]);
  const other = main.locator("article").filter({ hasText: "shelter network publishes" });
  await expect(other.locator("picture img")).toHaveAttribute(
    "src",
    /^\/media\/[0-9a-f]{16}\/thumb\./,
  );
  // Items without a photo have no picture at all.
  const without = main.locator("article").filter({ hasNot: page.locator("picture") });
  expect(await without.count()).toBeGreaterThan(0);
  expect(await main.locator("article picture").count()).toBe(2);
});

test("the link preview is a 1200 × 630 JPEG built from the photo", async ({ page, request }) => {
  await page.goto(ARTICLE);
  const og = page.locator('meta[property="og:image"]');
  const url = new URL((await og.getAttribute("content"))!);
  await expect(page.locator('meta[property="og:image:type"]')).toHaveAttribute(
    "content",
    "image/jpeg",
  );
  const response = await request.get(url.pathname + url.search);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/jpeg");
  const card = sharp(await response.body());
  const metadata = await card.metadata();
  expect([metadata.format, metadata.width, metadata.height]).toEqual(["jpeg", 1200, 630]);
  // It is the photo: its top, above the words, has a photo's detail and noise, where the
  // generated card is flat paper.
  const { entropy } = await card.extract({ left: 0, top: 0, width: 1200, height: 200 }).stats();
  expect(entropy).toBeGreaterThan(4);

  // An article without a photo keeps the generated PNG card.
  await page.goto("/news");
  const plain = page
    .getByRole("main")
    .locator("article")
    .filter({ hasNot: page.locator("picture") })
    .first();
  await page.goto((await plain.locator("h2 a").getAttribute("href"))!);
  await expect(page.locator('meta[property="og:image:type"]')).toHaveAttribute(
    "content",
    "image/png",
  );
});
