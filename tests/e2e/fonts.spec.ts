/**
 * Letters, not boxes: text in every language of the region is drawn with the site's own
 * fonts, as Chromium reports the fonts it used for a node's text (DevTools protocol,
 * CSS.getPlatformFontsForNode) — not a system font that happens to have the letters, and not
 * a box. The samples are put into a real page, under the site's own style sheet, as body text
 * (Noto Sans) and as a heading (Noto Serif Bold).
 */
import { expect, test, type Page } from "@playwright/test";
import { DEFAULT_LOCALE, LOCALES } from "../../lib/i18n/config";
import { localePath } from "../../lib/urls";
import { BASE_ALPHABETS, REGION_LETTERS, SAMPLES } from "../fixtures/alphabets";

type PlatformFont = { familyName: string; isCustomFont: boolean; glyphCount: number };

/** The fonts Chromium drew the text inside `selector` with. */
async function fontsUsed(page: Page, selector: string): Promise<PlatformFont[]> {
  const client = await page.context().newCDPSession(page);
  try {
    await client.send("DOM.enable");
    await client.send("CSS.enable");
    const { root } = await client.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await client.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { fonts } = await client.send("CSS.getPlatformFontsForNode", { nodeId });
    return fonts as PlatformFont[];
  } finally {
    await client.detach();
  }
}

/** Which fonts drew the text: "Noto Sans (web font)", "DejaVu Sans (system)", … */
async function drawnWith(page: Page, selector: string): Promise<string[]> {
  const fonts = await fontsUsed(page, selector);
  return [
    ...new Set(
      fonts.map((font) => `${font.familyName} (${font.isCustomFont ? "web font" : "system"})`),
    ),
  ].sort();
}

/**
 * Adds an element with `text` to the page's main content, laid out with the site's CSS — once
 * React has hydrated the page (the quick exit says so), or hydration could remove it again.
 */
async function addText(page: Page, id: string, tag: string, className: string, text: string) {
  await page.locator('a[data-quick-exit="ready"]').first().waitFor();
  await page.evaluate(
    ({ id, tag, className, text }) => {
      const element = document.createElement(tag);
      element.id = id;
      element.className = className;
      element.textContent = text;
      document.querySelector("main")!.prepend(element);
    },
    { id, tag, className, text },
  );
}

test.describe("fonts", () => {
  for (const locale of LOCALES) {
    test(`${locale}: the home page, and every letter of the language, are drawn with the site's fonts`, async ({
      page,
    }) => {
      await page.goto(localePath(locale, "/"));
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await expect.poll(() => drawnWith(page, "main h1")).toEqual(["Noto Serif (web font)"]);
      await expect.poll(() => drawnWith(page, "main p")).toEqual(["Noto Sans (web font)"]);
      if (!(locale in SAMPLES)) return;
      // The language's own letters, each of them, on its own page.
      const language = locale as keyof typeof SAMPLES;
      const text = `${SAMPLES[language]} ${REGION_LETTERS[language]}`;
      await addText(page, "sample-body", "p", "", text);
      await addText(page, "sample-heading", "h2", "font-serif font-bold", text);
      await expect.poll(() => drawnWith(page, "#sample-body")).toEqual(["Noto Sans (web font)"]);
      await expect
        .poll(() => drawnWith(page, "#sample-heading"))
        .toEqual(["Noto Serif (web font)"]);
    });
  }

  test("the whole Latin and Russian alphabets are drawn with the site's fonts", async ({
    page,
  }) => {
    await page.goto("/");
    const text = Object.values(BASE_ALPHABETS).join(" ");
    await addText(page, "alphabet-body", "p", "font-semibold", text);
    await expect.poll(() => drawnWith(page, "#alphabet-body")).toEqual(["Noto Sans (web font)"]);
  });

  for (const locale of LOCALES) {
    test(`${locale}: the home page preloads every font file it draws with, from its own address`, async ({
      page,
    }) => {
      const drawnFrom: string[] = [];
      page.on("response", (response) => {
        if (new URL(response.url()).pathname.endsWith(".woff2")) {
          drawnFrom.push(new URL(response.url()).pathname);
        }
      });
      await page.goto(localePath(locale, "/"));
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const preloaded = await page
        .locator('head link[rel="preload"][as="font"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
      expect(preloaded.length).toBeGreaterThanOrEqual(2);
      for (const href of preloaded) expect(href).toMatch(/^\/fonts\/[\w.-]+\.woff2$/);
      expect(drawnFrom.length).toBeGreaterThanOrEqual(2);
      // Nothing arrives late: every file the page's text needs was asked for up front …
      expect(drawnFrom.filter((file) => !preloaded.includes(file))).toEqual([]);
      // … and the original language's page asks for nothing it does not use.
      if (locale === DEFAULT_LOCALE)
        expect([...new Set(drawnFrom)].sort()).toEqual(preloaded.sort());
    });
  }

  test("the check tells the site's fonts from the system's", async ({ page }) => {
    await page.goto("/");
    await addText(page, "system-text", "p", "", `${SAMPLES.kk} ${SAMPLES.tk}`);
    await page.evaluate(() => {
      document.getElementById("system-text")!.style.fontFamily = "monospace";
    });
    const fonts = await drawnWith(page, "#system-text");
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => font.endsWith("(web font)"))).toEqual([]);
  });
});
