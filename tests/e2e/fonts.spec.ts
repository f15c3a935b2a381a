/**
 * Letters, not boxes: text in every language of the region is drawn with the site's own
 * fonts, as Chromium reports the fonts it used for a node's text (DevTools protocol,
 * CSS.getPlatformFontsForNode) — not a system font that happens to have the letters, and not
 * a box. The samples are put into a real page, under the site's own style sheet, as body text
 * (Noto Sans) and as a heading (Noto Serif Bold).
 */
import { expect, test, type Page } from "@playwright/test";
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

/** Adds an element with `text` to the page's main content, laid out with the site's CSS. */
async function addText(page: Page, id: string, tag: string, className: string, text: string) {
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
  test("English and Russian pages draw their text with the site's fonts", async ({ page }) => {
    for (const path of ["/", "/ru"]) {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await expect
        .poll(() => drawnWith(page, "main h1"), { message: path })
        .toEqual(["Noto Serif (web font)"]);
      await expect
        .poll(() => drawnWith(page, "main p"), { message: path })
        .toEqual(["Noto Sans (web font)"]);
    }
  });

  const languages = Object.keys(SAMPLES) as (keyof typeof SAMPLES)[];
  for (const language of languages) {
    test(`${language}: every letter is drawn with the site's fonts`, async ({ page }) => {
      await page.goto("/ru");
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
